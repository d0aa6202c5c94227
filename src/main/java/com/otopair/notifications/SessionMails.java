package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.consult.MechanicJoinedSession;
import com.otopair.consult.MechanicNudged;
import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionRequested;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.otopair.consult.SessionUnattended;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.shops.ShopMembership;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a customer their live session is in the shop's queue, which mechanic joined it and how it
 * ended (an expired one: nobody was free and nothing was charged); nudges a mechanic who claimed a
 * session and wrote nothing; alerts every admin to a session waiting with nobody of its shop
 * online. Each mail links to the session's page and leaves once for its fact: this request, this
 * claim, this end, this nudge, this alert.
 */
@Component
class SessionMails {

  private final SessionNotices notices;
  private final UserContacts contacts;
  private final ShopMembership membership;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;

  SessionMails(
      SessionNotices notices,
      UserContacts contacts,
      ShopMembership membership,
      MailTemplates templates,
      MailTransport transport,
      PublicLinks links) {
    this.notices = notices;
    this.contacts = contacts;
    this.membership = membership;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
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

  @ApplicationModuleListener
  void on(SessionFinished finished) {
    boolean expired = finished.status() == SessionStatus.EXPIRED;
    notices
        .notice(finished.sessionId())
        .ifPresent(
            notice ->
                send(
                    notice,
                    notice.customer(),
                    expired ? "session-expired" : "session-ended",
                    values -> {
                      values.put("minutes", notice.session().waitLimitMinutes());
                      values.put("ending", ending(finished, notice.session()));
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
      case LEFT_QUEUE, NOBODY_CAME -> I18n.t("notifications.mail.session-ended.left-queue");
    };
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
