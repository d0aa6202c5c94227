package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.shops.ShopService;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Mails a booking reminder through the outbox, unless by now the booking is no longer confirmed,
 * its time has passed, or its customer turned reminders off.
 */
@Component
class RemindersMail {

  private final BookingNotices notices;
  private final NotificationPreferences preferences;
  private final ShopService shops;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;
  private final Clock clock;
  private final JdbcClient jdbc;

  RemindersMail(
      BookingNotices notices,
      NotificationPreferences preferences,
      ShopService shops,
      MailTemplates templates,
      MailTransport transport,
      PublicLinks links,
      Clock clock,
      JdbcClient jdbc) {
    this.jdbc = jdbc;
    this.notices = notices;
    this.preferences = preferences;
    this.shops = shops;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
    this.clock = clock;
  }

  /**
   * Runs in its own transaction (the outbox): the reminder's row is claimed first, so that a second
   * delivery of the same event (the outbox resubmitting one that looked stuck) waits for the first
   * and then does nothing; a failed send rolls the claim back for the next try.
   */
  @ApplicationModuleListener
  void on(Reminders.ReminderDue due) {
    boolean claimed =
        jdbc.sql(
                    """
                    update booking_reminders set handled_at = :now
                    where booking_id = :booking and kind = :kind and handled_at is null
                    """)
                .param("now", Timestamp.from(clock.instant()))
                .param("booking", due.bookingId())
                .param("kind", due.kind().name())
                .update()
            == 1;
    if (!claimed) {
      return;
    }
    notices
        .notice(due.bookingId())
        .filter(notice -> notice.booking().status() == BookingStatus.CONFIRMED)
        .filter(notice -> notice.booking().start().isAfter(clock.instant()))
        .filter(notice -> preferences.wantsReminders(notice.booking().customerId()))
        .ifPresent(
            notice ->
                transport.send(
                    reminder(due.kind(), notice)
                        .about("reminder:" + due.bookingId() + ":" + due.kind(), due.bookingId())));
  }

  /** The reminder, in its recipient's language. */
  OutgoingMail reminder(Reminders.Kind kind, BookingNotices.Notice notice) {
    return templates.in(notice.customerEmail(), () -> reminderNow(kind, notice));
  }

  private OutgoingMail reminderNow(Reminders.Kind kind, BookingNotices.Notice notice) {
    BookingSummary booking = notice.booking();
    Map<String, Object> values =
        Map.of(
            "name", MailTemplates.firstName(booking.customerName()),
            "service", booking.serviceName(),
            "shop", booking.shopName(),
            "mechanic", booking.mechanicName(),
            "when", Formats.current().when(booking.start(), booking.zone()),
            "detail", address(booking),
            "link", links.to(notice.managePath()));
    String subject =
        kind == Reminders.Kind.DAY_BEFORE && isToday(booking)
            ? I18n.t(
                "notifications.mail.reminder-24h.subject-today",
                booking.serviceName(),
                booking.shopName())
            : MailCatalog.subject(kind.template, values);
    return templates.render(
        kind.template, notice.customerEmail(), subject, values, booking.shopId());
  }

  /** A day-before reminder sent late (the app was down when it was due) says "today". */
  private boolean isToday(BookingSummary booking) {
    LocalDate today = LocalDate.ofInstant(clock.instant(), booking.zone());
    return LocalDate.ofInstant(booking.start(), booking.zone()).equals(today);
  }

  /** "The shop is at 123 Rue Saint-Denis, Montréal.", or nothing when its page is not live. */
  private String address(BookingSummary booking) {
    return shops.publicPage(booking.shopSlug()) instanceof ShopService.PublicPage.Found found
        ? I18n.t("notifications.mail.reminder.address", found.shop().street(), found.shop().city())
        : "";
  }
}
