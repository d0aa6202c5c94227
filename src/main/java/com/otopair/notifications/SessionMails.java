package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.consult.BookedSessionStarting;
import com.otopair.consult.EndReason;
import com.otopair.consult.MechanicJoinedSession;
import com.otopair.consult.MechanicNudged;
import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionReportSent;
import com.otopair.consult.SessionReports;
import com.otopair.consult.SessionRequested;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.otopair.consult.SessionUnattended;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.shops.ShopMembership;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a customer their live session is in the shop's queue, which mechanic joined it and how it
 * ended (an expired one: nobody was free and nothing was charged; a booked one whose mechanic never
 * came: its booking is cancelled); tells both sides five minutes before a booked session; nudges a
 * mechanic who claimed a session and wrote nothing; alerts every admin to a session waiting with
 * nobody of its shop online. Each mail links to the session's page and leaves once for its fact:
 * this request, this claim, this end, this nudge, this alert.
 */
@Component
class SessionMails {

  private final SessionNotices notices;
  private final UserContacts contacts;
  private final ShopMembership membership;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;
  private final SessionReports reports;

  SessionMails(
      SessionNotices notices,
      UserContacts contacts,
      ShopMembership membership,
      MailTemplates templates,
      MailTransport transport,
      PublicLinks links,
      SessionReports reports) {
    this.notices = notices;
    this.contacts = contacts;
    this.membership = membership;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
    this.reports = reports;
  }

  @ApplicationModuleListener
  void on(SessionRequested requested) {
    notices
        .notice(requested.sessionId())
        .ifPresent(
            notice ->
                send(
                    notice,
                    notice.customer(),
                    "session-requested",
                    values -> values.put("minutes", notice.session().waitLimitMinutes()),
                    "session-requested:" + requested.sessionId(),
                    notice.session().shopId()));
  }

  @ApplicationModuleListener
  void on(MechanicJoinedSession joined) {
    notices
        .notice(joined.sessionId())
        .ifPresent(
            notice ->
                contacts
                    .find(joined.mechanicId())
                    .ifPresent(
                        mechanic ->
                            send(
                                notice,
                                notice.customer(),
                                "mechanic-joined",
                                values -> {
                                  values.put("mechanic", mechanic.name());
                                  values.put("minutes", notice.session().durationMinutes());
                                },
                                joinKey(joined),
                                notice.session().shopId())));
  }

  /** This claim of the session: a session given back and claimed again is another join. */
  static String joinKey(MechanicJoinedSession joined) {
    return "session-joined:" + joined.sessionId() + ":" + joined.claimedAt().toEpochMilli();
  }

  /**
   * How the session finished, to its customer. A session whose payment page was never completed was
   * never in the queue: its customer left the payment, and no mail follows them.
   */
  @ApplicationModuleListener
  void on(SessionFinished finished) {
    // A cancelled booking tells its customer itself.
    if (finished.reason() == EndReason.NOT_PAID
        || finished.reason() == EndReason.BOOKING_CANCELLED) {
      return;
    }
    boolean expired = finished.status() == SessionStatus.EXPIRED;
    notices
        .notice(finished.sessionId())
        .ifPresent(
            notice ->
                send(
                    notice,
                    notice.customer(),
                    !expired
                        ? "session-ended"
                        : notice.session().booked() ? "session-missed" : "session-expired",
                    values -> {
                      values.put("minutes", notice.session().waitLimitMinutes());
                      values.put("ending", ending(finished, notice.session()));
                      values.put("when", when(notice.session()));
                    },
                    // A session finishes once, whichever way.
                    "session-finished:" + finished.sessionId(),
                    notice.session().shopId()));
  }

  /** How the session ended, in the reader's language: one sentence. */
  private static String ending(SessionFinished finished, SessionSummary session) {
    return switch (finished.reason()) {
      case TIME_UP -> I18n.t("notifications.mail.session-ended.time-up");
      case CUSTOMER -> I18n.t("notifications.mail.session-ended.by-you");
      case MECHANIC ->
          I18n.t(
              "notifications.mail.session-ended.by-mechanic",
              session.mechanicName() == null ? "" : session.mechanicName());
      case ADMIN -> I18n.t("notifications.mail.session-ended.by-support");
      case LEFT_QUEUE, NOBODY_CAME, NOT_PAID, BOOKING_CANCELLED ->
          I18n.t("notifications.mail.session-ended.left-queue");
    };
  }

  /**
   * Five minutes before a booked session, its customer and its mechanic, each about the other,
   * while it is still booked: a session cancelled or moved meanwhile is not announced.
   */
  @ApplicationModuleListener
  void on(BookedSessionStarting starting) {
    stillStarting(notices, starting)
        .ifPresent(
            notice -> {
              SessionSummary session = notice.session();
              String fact = startingKey(starting);
              send(
                  notice,
                  notice.customer(),
                  "session-starting",
                  values -> {
                    values.put("who", String.valueOf(session.bookedMechanicName()));
                    values.put("when", when(session));
                  },
                  fact,
                  session.shopId());
              contacts
                  .find(starting.mechanicId())
                  .ifPresent(
                      mechanic ->
                          send(
                              notice,
                              mechanic,
                              "session-starting",
                              values -> {
                                values.put("who", session.customerName());
                                values.put("when", when(session));
                              },
                              fact,
                              null));
            });
  }

  /** The session, while it still starts then: not cancelled, not moved meanwhile. */
  static Optional<SessionNotices.Notice> stillStarting(
      SessionNotices notices, BookedSessionStarting starting) {
    return notices
        .notice(starting.sessionId())
        .filter(notice -> starting.startsAt().equals(notice.session().startsAt()))
        .filter(notice -> !notice.session().status().finished());
  }

  static String startingKey(BookedSessionStarting starting) {
    return "session-starting:" + starting.sessionId() + ":" + starting.startsAt().toEpochMilli();
  }

  /** When a booked session starts (or a session was asked for), in the shop's time zone. */
  private String when(SessionSummary session) {
    Instant at = session.startsAt() == null ? session.requestedAt() : session.startsAt();
    return InboxReactions.when(at, membership.zoneOf(session.shopId()));
  }

  /** Only while the nudged mechanic still has the session: given back, nobody is to hurry. */
  @ApplicationModuleListener
  void on(MechanicNudged nudged) {
    notices
        .notice(nudged.sessionId())
        .filter(notice -> stillTheirs(notice.session(), nudged.mechanicId()))
        .ifPresent(
            notice ->
                contacts
                    .find(nudged.mechanicId())
                    .ifPresent(
                        mechanic ->
                            send(
                                notice,
                                mechanic,
                                "session-nudged",
                                values -> {},
                                nudgeKey(nudged),
                                notice.session().shopId())));
  }

  static boolean stillTheirs(SessionSummary session, UUID mechanicId) {
    return session.status() == SessionStatus.ACTIVE && mechanicId.equals(session.mechanicId());
  }

  static String nudgeKey(MechanicNudged nudged) {
    return "session-nudged:" + nudged.sessionId() + ":" + nudged.nudgedAt().toEpochMilli();
  }

  /** The summary its mechanic sent, to the customer: how soon to act, and the link to read it. */
  @ApplicationModuleListener
  void on(SessionReportSent sent) {
    notices
        .notice(sent.sessionId())
        .ifPresent(
            notice ->
                reports
                    .sent(sent.sessionId())
                    .ifPresent(
                        report ->
                            send(
                                notice,
                                notice.customer(),
                                "summary-delivered",
                                values -> {
                                  values.put("mechanic", report.mechanicName());
                                  values.put("urgency", report.urgency().label());
                                  values.put("link", links.to(notice.summaryPath()));
                                },
                                summaryKey(sent),
                                notice.session().shopId())));
  }

  /** A session's summary is sent once. */
  static String summaryKey(SessionReportSent sent) {
    return "summary-delivered:" + sent.sessionId();
  }

  /** Every admin, each in their language, while the session still waits. */
  @ApplicationModuleListener
  void on(SessionUnattended unattended) {
    notices
        .notice(unattended.sessionId())
        .filter(notice -> notice.session().status() == SessionStatus.WAITING)
        .ifPresent(
            notice -> {
              SessionSummary session = notice.session();
              for (UserContact admin : contacts.admins()) {
                send(
                    notice,
                    admin,
                    "session-unattended",
                    values ->
                        values.put(
                            "when",
                            Formats.current()
                                .when(session.queuedAt(), membership.zoneOf(session.shopId()))),
                    alertKey(unattended),
                    null);
              }
            });
  }

  static String alertKey(SessionUnattended unattended) {
    return "session-unattended:"
        + unattended.sessionId()
        + ":"
        + unattended.alertedAt().toEpochMilli();
  }

  /**
   * A mail about the session to {@code to}, in their language: under the shop's letterhead for a
   * mail from the shop's side ({@code brand}), Otopair's otherwise.
   */
  private void send(
      SessionNotices.Notice notice,
      UserContact to,
      String template,
      Consumer<Map<String, Object>> more,
      String fact,
      @Nullable UUID brand) {
    transport.send(
        templates
            .in(
                to.email(),
                () -> {
                  SessionSummary session = notice.session();
                  Map<String, Object> values = new HashMap<>();
                  values.put("name", MailTemplates.firstName(to.name()));
                  values.put("shop", session.shopName());
                  values.put("service", session.serviceName());
                  values.put("vehicle", session.vehicle());
                  values.put("customer", session.customerName());
                  values.put("link", links.to(notice.path()));
                  more.accept(values);
                  return templates.render(
                      template, to.email(), MailCatalog.subject(template, values), values, brand);
                })
            .about(fact));
  }
}
