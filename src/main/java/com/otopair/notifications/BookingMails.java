package com.otopair.notifications;

import com.otopair.base.PublicLinks;
import com.otopair.booking.BookingCancelledByShop;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.WaitlistOffer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Tells customers their booking is confirmed, with a calendar invitation in the shop's zone. */
@Component
class BookingMails {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE, MMMM d 'at' h:mm a", Locale.US);

  private final BookingNotices notices;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;
  private final Clock clock;
  private final com.otopair.payments.Receipts payments;

  BookingMails(
      com.otopair.payments.Receipts payments,
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

  @ApplicationModuleListener
  void on(BookingConfirmed confirmed) {
    notices
        .notice(confirmed.bookingId())
        .ifPresent(
            notice ->
                transport.send(
                    confirmation(
                        notice.booking(), notice.customerEmail(), links.to(notice.managePath()))));
  }

  @ApplicationModuleListener
  void on(BookingCancelledByShop cancelled) {
    cancelledFor(cancelled.bookingId(), null, cancelled.reason());
  }

  /** An admin cancelled the booking for the customer (the shop's own cancellations are above). */
  @ApplicationModuleListener
  void on(com.otopair.booking.BookingCancelled cancelled) {
    if (cancelled.by().equals("ADMIN")) {
      cancelledFor(cancelled.bookingId(), "Otopair support", cancelled.reason());
    }
  }

  private void cancelledFor(
      java.util.UUID bookingId, @org.jspecify.annotations.Nullable String who, String reason) {
    notices
        .notice(bookingId)
        .ifPresent(
            notice -> {
              BookingSummary booking = notice.booking();
              transport.send(
                  templates.render(
                      "booking-cancelled",
                      notice.customerEmail(),
                      (who == null ? booking.shopName() : who) + " cancelled your booking",
                      Map.of(
                          "name", MailTemplates.firstName(booking.customerName()),
                          "who", who == null ? booking.shopName() : who,
                          "shop", booking.shopName(),
                          "service", booking.serviceName(),
                          "when", WHEN.format(booking.start().atZone(booking.zone())),
                          "reason", reason,
                          "link", links.to("shops/" + booking.shopSlug()))));
            });
  }

  @ApplicationModuleListener
  void on(WaitlistOffer offer) {
    notices
        .notice(offer.bookingId())
        .ifPresent(
            notice -> {
              BookingSummary booking = notice.booking();
              transport.send(
                  templates.render(
                      "waitlist-offer",
                      notice.customerEmail(),
                      "A slot opened at " + booking.shopName() + ": held for you for 15 minutes",
                      Map.of(
                          "name", MailTemplates.firstName(booking.customerName()),
                          "shop", booking.shopName(),
                          "service", booking.serviceName(),
                          "when", WHEN.format(booking.start().atZone(booking.zone())),
                          "price", booking.price().format(),
                          "link",
                              links.to(
                                  "book/" + booking.shopSlug() + "/hold?hold=" + booking.id()))));
            });
  }

  OutgoingMail confirmation(BookingSummary booking, String to, String link) {
    String when = WHEN.format(booking.start().atZone(booking.zone()));
    String zone =
        booking
            .zone()
            .getId()
            .substring(booking.zone().getId().lastIndexOf('/') + 1)
            .replace('_', ' ');
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
                "when", when + " (" + zone + " time)",
                "price", price,
                "link", link));
    return mail.with(
        new OutgoingMail.Attachment(
            "otopair-booking.ics",
            "text/calendar; charset=UTF-8; method=PUBLISH",
            CalendarInvite.event(
                booking.id() + "@otopair",
                title,
                "With " + booking.mechanicName() + ". " + price + ". " + link,
                booking.shopName(),
                booking.start(),
                booking.end(),
                booking.zone(),
                clock.instant())));
  }
}
