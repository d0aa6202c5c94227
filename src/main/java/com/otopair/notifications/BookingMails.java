package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.PublicLinks;
import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingCancelledByShop;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.WaitlistOffer;
import com.otopair.payments.Receipts;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells customers their booking is confirmed or moved (with a calendar invitation in the shop's
 * zone), and that it was cancelled: by them, by the shop or by Otopair support. Each mail carries
 * the shop's name and logo.
 */
@Component
class BookingMails {

  private final BookingNotices notices;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;
  private final Clock clock;
  private final Receipts payments;

  BookingMails(
      Receipts payments,
      BookingNotices notices,
      MailTemplates templates,
      MailTransport transport,
      PublicLinks links,
      Clock clock) {
    this.notices = notices;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
    this.clock = clock;
    this.payments = payments;
  }

  /** A new booking is confirmed; a moved one is announced as moved, not booked again. */
  @ApplicationModuleListener
  void on(BookingConfirmed confirmed) {
    notices
        .notice(confirmed.bookingId())
        .ifPresent(
            notice -> {
              String link = links.to(notice.managePath());
              transport.send(
                  (confirmed.rescheduledFrom() == null
                          ? confirmation(notice.booking(), notice.customerEmail(), link)
                          : rescheduled(notice.booking(), notice.customerEmail(), link))
                      .about("booking-confirmed:" + confirmed.bookingId()));
            });
  }

  @ApplicationModuleListener
  void on(BookingCancelledByShop cancelled) {
    cancelledFor(cancelled.bookingId(), null, cancelled.reason());
  }

  /**
   * The customer cancelled (confirmed to them), or an admin did it for them; the shop's own
   * cancellations are above.
   */
  @ApplicationModuleListener
  void on(BookingCancelled cancelled) {
    switch (cancelled.by()) {
      case "ADMIN" -> cancelledFor(cancelled.bookingId(), "Otopair support", cancelled.reason());
      case "CUSTOMER" -> cancelledByCustomer(cancelled.bookingId());
      default -> {}
    }
  }

  /**
   * What happens to the money when the customer cancels: in time, everything goes back; inside the
   * shop's window, the shop keeps what its policy says. The payments module does it and mails any
   * refund on its own.
   */
  static String cancelledByYou(String shop, boolean late) {
    return late
        ? "You cancelled inside "
            + shop
            + "'s cancellation window, so if you paid online the shop keeps the share its"
            + " late-cancellation policy sets, and the rest of the hold on your card is released or"
            + " refunded."
        : "You cancelled in time, so nothing is owed: if you paid online, the hold on your card is"
            + " released or the payment refunded in full.";
  }

  private void cancelledByCustomer(UUID bookingId) {
    notices
        .notice(bookingId)
        .ifPresent(
            notice -> {
              BookingSummary booking = notice.booking();
              Map<String, Object> values = new HashMap<>();
              values.put("name", MailTemplates.firstName(booking.customerName()));
              values.put("shop", booking.shopName());
              values.put("service", booking.serviceName());
              values.put("when", when(booking));
              values.put("detail", cancelledByYou(booking.shopName(), booking.cancelledLate()));
              values.put("link", links.to("shops/" + booking.shopSlug()));
              transport.send(
                  render("booking-cancelled-by-you", notice, values)
                      .about(cancellation(bookingId)));
            });
  }

  private void cancelledFor(UUID bookingId, @Nullable String who, String reason) {
    notices
        .notice(bookingId)
        .ifPresent(
            notice -> {
              BookingSummary booking = notice.booking();
              transport.send(
                  templates
                      .render(
                          "booking-cancelled",
                          notice.customerEmail(),
                          (who == null ? booking.shopName() : who) + " cancelled your booking",
                          Map.of(
                              "name", MailTemplates.firstName(booking.customerName()),
                              "who", who == null ? booking.shopName() : who,
                              "shop", booking.shopName(),
                              "service", booking.serviceName(),
                              "when", Formats.current().dayAndTime(booking.start(), booking.zone()),
                              "reason", reason,
                              "link", links.to("shops/" + booking.shopSlug())),
                          booking.shopId())
                      .about(cancellation(bookingId)));
            });
  }

  /** A booking is cancelled once, whoever did it. */
  private static String cancellation(UUID bookingId) {
    return "booking-cancelled:" + bookingId;
  }

  @ApplicationModuleListener
  void on(WaitlistOffer offer) {
    notices
        .notice(offer.bookingId())
        .ifPresent(
            notice -> {
              BookingSummary booking = notice.booking();
              transport.send(
                  templates
                      .render(
                          "waitlist-offer",
                          notice.customerEmail(),
                          "A slot opened at "
                              + booking.shopName()
                              + ": held for you for 15 minutes",
                          Map.of(
                              "name", MailTemplates.firstName(booking.customerName()),
                              "shop", booking.shopName(),
                              "service", booking.serviceName(),
                              "when", Formats.current().dayAndTime(booking.start(), booking.zone()),
                              "price", booking.price().format(),
                              "link",
                                  links.to(
                                      "book/" + booking.shopSlug() + "/hold?hold=" + booking.id())),
                          booking.shopId())
                      .about("waitlist-offer:" + offer.bookingId()));
            });
  }

  OutgoingMail confirmation(BookingSummary booking, String to, String link) {
    String when = Formats.current().dayAndTime(booking.start(), booking.zone());
    String title = booking.serviceName() + " at " + booking.shopName();
    String price = payments.howPaid(booking.id(), booking.price());
    OutgoingMail mail =
        templates.render(
            "booking-confirmed",
            to,
            "Booked: " + title + ", " + when,
            Map.of(
                "name", MailTemplates.firstName(booking.customerName()),
                "service", booking.serviceName(),
                "shop", booking.shopName(),
                "mechanic", booking.mechanicName(),
                "when", when(booking),
                "price", price,
                "link", link),
            booking.shopId());
    return mail.with(invite(booking, booking.id(), 0, price, link));
  }

  /**
   * The booking moved: its new time in the shop's zone, and an invitation under the first booking's
   * id, so the calendar moves the event it already has.
   */
  OutgoingMail rescheduled(BookingSummary booking, String to, String link) {
    String price = payments.howPaid(booking.id(), booking.price());
    Map<String, Object> values = new HashMap<>();
    values.put("name", MailTemplates.firstName(booking.customerName()));
    values.put("service", booking.serviceName());
    values.put("shop", booking.shopName());
    values.put("mechanic", booking.mechanicName());
    values.put("when", when(booking));
    values.put("price", price);
    values.put("link", link);
    List<UUID> before = notices.movedFrom(booking.id());
    UUID first = before.isEmpty() ? booking.id() : before.getLast();
    return templates
        .render(
            "booking-rescheduled",
            to,
            MailCatalog.subject("booking-rescheduled", values),
            values,
            booking.shopId())
        .with(invite(booking, first, Math.max(1, booking.rescheduleCount()), price, link));
  }

  private OutgoingMail.Attachment invite(
      BookingSummary booking, UUID uid, int sequence, String price, String link) {
    return new OutgoingMail.Attachment(
        "otopair-booking.ics",
        "text/calendar; charset=UTF-8; method=PUBLISH",
        CalendarInvite.event(
            uid + "@otopair",
            sequence,
            booking.serviceName() + " at " + booking.shopName(),
            "With " + booking.mechanicName() + ". " + price + ". " + link,
            booking.shopName(),
            booking.start(),
            booking.end(),
            clock.instant()));
  }

  private OutgoingMail render(
      String template, BookingNotices.Notice notice, Map<String, Object> values) {
    return templates.render(
        template,
        notice.customerEmail(),
        MailCatalog.subject(template, values),
        values,
        notice.booking().shopId());
  }

  /** "Monday, March 9 at 9:00 AM (Toronto time)": in the shop's zone, named. */
  private static String when(BookingSummary booking) {
    return Formats.current().when(booking.start(), booking.zone());
  }
}
