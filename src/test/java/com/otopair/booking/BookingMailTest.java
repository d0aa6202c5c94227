package com.otopair.booking;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import com.otopair.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The confirmation email: what, where, when in the shop's zone, and a calendar invitation at the
 * booking's instants in UTC.
 */
class BookingMailTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final DateTimeFormatter UTC =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

  @Autowired BookingHolds bookings;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;

  @Test
  void aConfirmedBookingIsEmailedWithAnInvitationInTheShopsZone() throws Exception {
    BookingFixtures fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, customer);
    LocalDate monday = TestDays.nextMonday(clock, TORONTO);
    var held =
        bookings.hold(
            fixture.shop().shopId(),
            fixture.oilChange(),
            fixture.shop().alex(),
            monday.atTime(9, 0).atZone(TORONTO).toInstant());
    bookings.confirm(held.id(), BookingHoldsTest.details());

    MimeMessage mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(20))
            .until(() -> TestMail.receivedBy(customer), list -> !list.isEmpty())
            .getFirst();

    assertThat(TestMail.subject(mail)).startsWith("Booked: Oil change at Schedule Garage");
    assertThat(TestMail.text(mail))
        .contains("You’re booked: Oil change at Schedule Garage")
        .contains("with Alex Martin")
        .contains("at 9:00 AM (Eastern Time)")
        .contains("$120.00 CAD")
        .contains("/manage/" + held.id() + "?token=");
    String invite = attachment(mail, "otopair-booking.ics");
    assertThat(invite)
        .contains("DTSTART:" + UTC.format(monday.atTime(9, 0).atZone(TORONTO)))
        .contains("DTEND:" + UTC.format(monday.atTime(10, 0).atZone(TORONTO)))
        .contains("UID:" + held.id() + "@otopair");
  }

  private static String attachment(MimeMessage message, String name) throws Exception {
    var parts = (MimeMultipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (name.equals(part.getFileName())) {
        var out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No attachment " + name);
  }
}
