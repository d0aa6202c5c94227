package com.otopair.payments.ui;

import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.VehicleDetails;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobFilter;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.JobWorkflow;
import com.otopair.payments.PaymentView;
import com.otopair.payments.ShopPayments;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Payments as they come to exist without Stripe: a customer books the fixture shop's $80 oil
 * change, the shop completes the job that the booking opened, and a payment is due at the shop.
 */
record PaymentFixtures(
    BookingFixtures shop,
    BookingHolds bookings,
    JobBoard jobs,
    JobWorkflow workflow,
    ShopPayments shopPayments,
    UserDetailsService users,
    Clock clock) {

  private static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  /** A confirmed booking of {@code customer} with {@code mechanic} next Monday at {@code time}. */
  UUID book(String customer, UUID mechanic, LocalTime time) {
    SignIn.as(users, customer);
    LocalDate monday = TestDays.nextMonday(clock, TORONTO);
    var held =
        bookings.hold(
            shop.shop().shopId(),
            shop.oilChange(),
            mechanic,
            monday.atTime(time).atZone(TORONTO).toInstant());
    bookings.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""),
            "Oil change",
            "+1 514 555 0123"));
    return held.id();
  }

  /**
   * Books Béa, completes the booking's job as the owner, and waits for the payment it leaves due.
   */
  PaymentView due(String customer, LocalTime time) {
    return due(customer, shop.shop().bea(), time);
  }

  PaymentView due(String customer, UUID mechanic, LocalTime time) {
    UUID booking = book(customer, mechanic, time);
    SignIn.as(users, shop.shop().ownerEmail());
    UUID job =
        Awaitility.await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(15))
            .until(() -> jobOf(booking), Optional::isPresent)
            .orElseThrow()
            .id();
    workflow.move(job, JobStatus.ACCEPTED, "");
    workflow.move(job, JobStatus.IN_PROGRESS, "");
    workflow.move(job, JobStatus.COMPLETED, "Done");
    return Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(15))
        .until(() -> paymentOf(booking), Optional::isPresent)
        .orElseThrow();
  }

  private Optional<JobSummary> jobOf(UUID booking) {
    return jobs.board(shop.shop().shopId(), JobFilter.all()).stream()
        .filter(j -> booking.equals(j.bookingId()))
        .findFirst();
  }

  private Optional<PaymentView> paymentOf(UUID booking) {
    return shopPayments.list(shop.shop().shopId(), PageRequest.of(0, 50)).stream()
        .filter(p -> p.subject().id().equals(booking))
        .findFirst();
  }
}
