package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.booking.BookingCancelled;
import com.otopair.booking.BookingCancelledByShop;
import com.otopair.booking.BookingConfirmationResent;
import com.otopair.booking.BookingConfirmed;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingStatus;
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
        .notice(confirmed)
        // Over before this was handled (a visit of the past, recorded late): nothing to confirm.
        .filter(notice -> !notice.booking().status().hasEnded())
        .ifPresent(
            notice -> {
              String link = links.to(notice.managePath());
              String to = notice.customerEmail();
              transport.send(
                  (confirmed.rescheduledFrom() == null
                          ? confirmation(notice.booking(), to, link)
                          : rescheduled(notice.booking(), to, link))
                      .about("booking-confirmed:" + confirmed.bookingId(), confirmed.bookingId()));
            });
  }

  /**
   * An admin asked for the confirmation again: the same mail, once per request ({@code resendId}),
   * however often the request is handled.
   */
  @ApplicationModuleListener
  void on(BookingConfirmationResent resent) {
    notices
        .notice(resent.bookingId())
        .filter(notice -> notice.booking().status() == BookingStatus.CONFIRMED)
        .ifPresent(
            notice ->
                transport.send(
                    confirmation(
                            notice.booking(), notice.customerEmail(), links.to(notice.managePath()))
                        .about(
                            "booking-confirmation-resent:" + resent.resendId(),
                            resent.bookingId())));
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
      case "ADMIN" ->
          cancelledFor(
              cancelled.bookingId(),
              "notifications.mail.booking-cancelled.support",
              cancelled.reason());
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
        ? I18n.t("notifications.mail.booking-cancelled-by-you.late", shop)
        : I18n.t("notifications.mail.booking-cancelled-by-you.in-time");
  }

  private void cancelledByCustomer(UUID bookingId) {
    notices
        .notice(bookingId)
        .ifPresent(
            notice ->
                transport.send(
                    templates
                        .in(notice.customerEmail(), () -> cancelledByYou(notice))
                        .about(cancellation(bookingId), bookingId)));
  }

  private OutgoingMail cancelledByYou(BookingNotices.Notice notice) {
    BookingSummary booking = notice.booking();
    var values = values(booking, when(booking));
    values.put("detail", cancelledByYou(booking.shopName(), booking.cancelledLate()));
    values.put("link", links.to("shops/" + booking.shopSlug()));
    return render("booking-cancelled-by-you", notice, values);
  }

  /** Cancelled by the shop, or by {@code whoKey} (Otopair support) in the customer's language. */
  private void cancelledFor(UUID bookingId, @Nullable String whoKey, String reason) {
    notices
        .notice(bookingId)
        .ifPresent(
            notice ->
                transport.send(
                    templates
                        .in(
                            notice.customerEmail(),
                            () -> {
                              BookingSummary booking = notice.booking();
                              var values = values(booking, day(booking));
                              values.put(
                                  "who", whoKey == null ? booking.shopName() : I18n.t(whoKey));
                              values.put("reason", reason);
                              values.put("link", links.to("shops/" + booking.shopSlug()));
                              return render("booking-cancelled", notice, values);
                            })
                        .about(cancellation(bookingId), bookingId)));
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
            notice ->
                transport.send(
                    templates
                        .in(
                            notice.customerEmail(),
                            () -> {
                              BookingSummary booking = notice.booking();
                              var values = values(booking, day(booking));
                              values.put("price", Formats.current().money(booking.price()));
                              values.put(
                                  "link",
                                  links.to(
                                      "book/" + booking.shopSlug() + "/hold?hold=" + booking.id()));
                              return render("waitlist-offer", notice, values);
                            })
                        .about("waitlist-offer:" + offer.bookingId(), offer.bookingId())));
  }

  /** The confirmation of a new booking, in the language of its recipient {@code to}. */
  OutgoingMail confirmation(BookingSummary booking, String to, String link) {
    return templates.in(to, () -> confirmationNow(booking, to, link));
  }

  private OutgoingMail confirmationNow(BookingSummary booking, String to, String link) {
    String price = payments.howPaid(booking.id(), booking.price());
    var values = values(booking, day(booking));
    values.put("mechanic", booking.mechanicName());
    // The subject says the day and time; the mail's text names the zone too.
    String subject = MailCatalog.subject("booking-confirmed", values);
    values.put("when", when(booking));
    values.put("price", price);
    values.put("link", link);
    return templates
        .render("booking-confirmed", to, subject, values, booking.shopId())
        .with(invite(booking, booking.id(), 0, price, link));
  }

  /**
   * The booking moved: its new time in the shop's zone, and an invitation under the first booking's
   * id, so the calendar moves the event it already has.
   */
  OutgoingMail rescheduled(BookingSummary booking, String to, String link) {
    return templates.in(to, () -> rescheduledNow(booking, to, link));
  }

  private OutgoingMail rescheduledNow(BookingSummary booking, String to, String link) {
    String price = payments.howPaid(booking.id(), booking.price());
    var values = values(booking, when(booking));
    values.put("mechanic", booking.mechanicName());
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
            I18n.t("notifications.mail.invite.summary", booking.serviceName(), booking.shopName()),
            I18n.t("notifications.mail.invite.description", booking.mechanicName(), price, link),
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

  /**
   * What every booking mail names: the customer it greets (by first name), the shop, the service,
   * and when: as a {@link #day} or with the zone named ({@link #when}).
   */
  private static Map<String, Object> values(BookingSummary booking, String when) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", MailTemplates.firstName(booking.customerName()));
    values.put("shop", booking.shopName());
    values.put("service", booking.serviceName());
    values.put("when", when);
    return values;
  }

  /** "Monday, March 9 at 9:00 AM": in the shop's zone, for a subject or a short line. */
  private static String day(BookingSummary booking) {
    return Formats.current().dayAndTime(booking.start(), booking.zone());
  }

  /** "Monday, March 9 at 9:00 AM (Toronto time)": in the shop's zone, named. */
  private static String when(BookingSummary booking) {
    return Formats.current().when(booking.start(), booking.zone());
  }
}
