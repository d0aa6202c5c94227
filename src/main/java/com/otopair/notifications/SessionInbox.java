package com.otopair.notifications;

import com.otopair.consult.BookedSessionStarting;
import com.otopair.consult.FollowUpOpenedToShop;
import com.otopair.consult.MechanicJoinedSession;
import com.otopair.consult.MechanicNudged;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionReportSent;
import com.otopair.consult.SessionReports;
import com.otopair.consult.SessionRequested;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.otopair.consult.SessionUnattended;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.notifications.Inbox.Words;
import com.otopair.shops.ShopMembership;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts live sessions in the bell: a session waiting at a shop raises the count of each of its
 * mechanics (the dashboard rings only while open), the customer sees who joined, a silent mechanic
 * is nudged, both sides of a booked session hear five minutes before it, and admins hear of a
 * session waiting with nobody of its shop online. Through the outbox; each fact is listed once per
 * person, keyed as its mail is.
 */
@Component
class SessionInbox {

  /** The mechanics' sessions dashboard. */
  static final String DASHBOARD = "sessions";

  /** How much of the customer's problem the bell shows. */
  static final int PROBLEM_LENGTH = 140;

  private final Inbox inbox;
  private final SessionNotices notices;
  private final UserContacts contacts;
  private final ShopMembership membership;
  private final SessionReports reports;

  SessionInbox(
      Inbox inbox,
      SessionNotices notices,
      UserContacts contacts,
      ShopMembership membership,
      SessionReports reports) {
    this.inbox = inbox;
    this.notices = notices;
    this.contacts = contacts;
    this.membership = membership;
    this.reports = reports;
  }

  /** The customer hears their mechanic's summary arrived, with how soon to act. */
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
                            inbox.notify(
                                sent.customerId(),
                                "SUMMARY_DELIVERED",
                                () ->
                                    Words.of(
                                        "notifications.inbox.summary-delivered.title",
                                        new Object[] {report.mechanicName()},
                                        "notifications.inbox.summary-delivered.body",
                                        report.vehicle(),
                                        report.urgency().label()),
                                notice.summaryPath(),
                                SessionMails.summaryKey(sent))));
  }

  @ApplicationModuleListener
  void on(SessionRequested requested) {
    notices
        .notice(requested.sessionId())
        .ifPresent(
            notice ->
                ring(
                    notice.session(),
                    notices
                        .reservedFor(requested.sessionId())
                        .map(List::of)
                        .orElseGet(() -> membership.mechanicsOf(notice.session().shopId()))));
  }

  /** A follow-up its parent's mechanic did not take in time: the shop's other mechanics hear. */
  @ApplicationModuleListener
  void on(FollowUpOpenedToShop opened) {
    notices
        .notice(opened.sessionId())
        .filter(notice -> notice.session().status() == SessionStatus.WAITING)
        .ifPresent(
            notice -> ring(notice.session(), membership.mechanicsOf(notice.session().shopId())));
  }

  /** The session waits: each of these mechanics' bell counts it, once per mechanic. */
  private void ring(SessionSummary session, Collection<UUID> mechanics) {
    for (UUID mechanic : mechanics) {
      inbox.notify(
          mechanic,
          "SESSION_REQUESTED",
          () ->
              Words.of(
                  "notifications.inbox.session-requested.title",
                  new Object[] {session.serviceName()},
                  "notifications.inbox.session-requested.body",
                  session.customerName(),
                  session.vehicle(),
                  line(session.problem())),
          DASHBOARD,
          "session-requested:" + session.id());
    }
  }

  @ApplicationModuleListener
  void on(MechanicJoinedSession joined) {
    notices
        .notice(joined.sessionId())
        .ifPresent(
            notice ->
                contacts
                    .find(joined.mechanicId())
                    .map(UserContact::name)
                    .ifPresent(
                        mechanic ->
                            inbox.notify(
                                joined.customerId(),
                                "SESSION_JOINED",
                                () ->
                                    Words.of(
                                        "notifications.inbox.mechanic-joined.title",
                                        new Object[] {mechanic},
                                        "notifications.inbox.mechanic-joined.body",
                                        mechanic,
                                        notice.session().shopName()),
                                notice.path(),
                                SessionMails.joinKey(joined))));
  }

  /** Five minutes before a booked session: its customer and its mechanic, each about the other. */
  @ApplicationModuleListener
  void on(BookedSessionStarting starting) {
    SessionMails.stillStarting(notices, starting)
        .ifPresent(
            notice -> {
              SessionSummary session = notice.session();
              String when =
                  InboxReactions.when(starting.startsAt(), membership.zoneOf(session.shopId()));
              String key = SessionMails.startingKey(starting);
              inbox.notify(
                  starting.customerId(),
                  "SESSION_STARTING",
                  () ->
                      Words.of(
                          "notifications.inbox.session-starting.title",
                          new Object[] {session.serviceName()},
                          "notifications.inbox.session-starting.body",
                          String.valueOf(session.bookedMechanicName()),
                          when),
                  notice.path(),
                  key);
              inbox.notify(
                  starting.mechanicId(),
                  "SESSION_STARTING",
                  () ->
                      Words.of(
                          "notifications.inbox.session-starting.title",
                          new Object[] {session.serviceName()},
                          "notifications.inbox.session-starting.body",
                          session.customerName(),
                          when),
                  notice.path(),
                  key);
            });
  }

  @ApplicationModuleListener
  void on(MechanicNudged nudged) {
    notices
        .notice(nudged.sessionId())
        .filter(notice -> SessionMails.stillTheirs(notice.session(), nudged.mechanicId()))
        .ifPresent(
            notice ->
                inbox.notify(
                    nudged.mechanicId(),
                    "SESSION_NUDGED",
                    () ->
                        Words.of(
                            "notifications.inbox.session-nudged.title",
                            new Object[] {notice.session().customerName()},
                            "notifications.inbox.session-nudged.body",
                            notice.session().serviceName()),
                    notice.path(),
                    SessionMails.nudgeKey(nudged)));
  }

  @ApplicationModuleListener
  void on(SessionUnattended unattended) {
    notices
        .notice(unattended.sessionId())
        .filter(notice -> notice.session().status() == SessionStatus.WAITING)
        .ifPresent(
            notice -> {
              SessionSummary session = notice.session();
              for (UserContact admin : contacts.admins()) {
                inbox.notify(
                    admin.id(),
                    "SESSION_UNATTENDED",
                    () ->
                        Words.of(
                            "notifications.inbox.session-unattended.title",
                            new Object[] {session.shopName()},
                            "notifications.inbox.session-unattended.body",
                            session.customerName(),
                            InboxReactions.when(
                                session.queuedAt(), membership.zoneOf(session.shopId())),
                            session.serviceName()),
                    notice.path(),
                    SessionMails.alertKey(unattended));
              }
            });
  }

  /** The customer's words on one line, cut for the bell. */
  private static String line(String text) {
    String one = text.strip().replaceAll("\\s+", " ");
    return one.length() <= PROBLEM_LENGTH ? one : one.substring(0, PROBLEM_LENGTH - 1) + "…";
  }
}
