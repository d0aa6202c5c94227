package com.otopair.reviews;

import com.otopair.base.NotFoundException;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingSummary;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.shops.ShopMembership;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What a review needs to know of the visit it is about, read from the bookings, jobs and live
 * sessions: whose it was, where, which service, when, with which mechanic, and whether it is done.
 * A booking is done when its job is completed (a booked live session's job completes when the
 * session ends); a live session asked for now is done when it ended with a mechanic (not expired,
 * missed or cancelled). A booked session is reviewed as its booking, never on its own.
 */
@Component
class Visits {

  /** The facts of one visit. */
  record Facts(
      Visit visit,
      UUID shopId,
      String shopName,
      String shopSlug,
      ZoneId zone,
      @Nullable UUID mechanicId,
      UUID customerId,
      String customerName,
      String serviceName,
      Instant servedAt,
      boolean done) {}

  private final BookingNotices bookings;
  private final JobNotices jobs;
  private final SessionNotices sessions;
  private final ShopMembership shops;

  Visits(BookingNotices bookings, JobNotices jobs, SessionNotices sessions, ShopMembership shops) {
    this.bookings = bookings;
    this.jobs = jobs;
    this.sessions = sessions;
    this.shops = shops;
  }

  /** The visit's facts; not found when there is no such booking or session. */
  Facts of(Visit visit) {
    return switch (visit.kind()) {
      case BOOKING -> booking(visit);
      case SESSION -> session(visit);
    };
  }

  private Facts booking(Visit visit) {
    BookingSummary b =
        bookings
            .notice(visit.id())
            .map(BookingNotices.Notice::booking)
            .orElseThrow(() -> new NotFoundException("reviews.visit.not-found"));
    var job = jobs.forBooking(b.id()).map(n -> n.job().job());
    UUID mechanic = job.map(j -> j.mechanicId()).orElse(null);
    return new Facts(
        visit,
        b.shopId(),
        b.shopName(),
        b.shopSlug(),
        b.zone(),
        mechanic != null ? mechanic : b.mechanicId(),
        b.customerId(),
        b.customerName(),
        b.serviceName(),
        // The visit is its booked start, unless the work was done before it (a car dropped off
        // early): a review never speaks of a visit still to come.
        job.filter(j -> j.status() == JobStatus.COMPLETED && j.updatedAt().isBefore(b.start()))
            .map(j -> j.updatedAt())
            .orElse(b.start()),
        job.map(j -> j.status() == JobStatus.COMPLETED).orElse(false));
  }

  private Facts session(Visit visit) {
    SessionSummary s =
        sessions
            .notice(visit.id())
            .map(SessionNotices.Notice::session)
            .orElseThrow(() -> new NotFoundException("reviews.visit.not-found"));
    var shop = shops.ref(s.shopId());
    Instant served =
        s.startsAt() != null
            ? s.startsAt()
            : Objects.requireNonNullElse(s.claimedAt(), s.requestedAt());
    return new Facts(
        visit,
        s.shopId(),
        s.shopName(),
        shop.slug(),
        s.zone(),
        s.mechanicId(),
        s.customerId(),
        s.customerName(),
        s.serviceName(),
        served,
        s.status() == SessionStatus.ENDED && s.mechanicId() != null && s.bookingId() == null);
  }

  /**
   * "Emma T.": the first name and the initial of the last word that starts with a letter, as
   * reviews show their authors; a single name stays whole.
   */
  static String displayName(String fullName) {
    String[] words = fullName.strip().split("\\s+");
    for (int i = words.length - 1; i > 0; i--) {
      if (Character.isLetter(words[i].codePointAt(0))) {
        return words[0] + " " + words[i].substring(0, words[i].offsetByCodePoints(0, 1)) + ".";
      }
    }
    return words[0];
  }
}
