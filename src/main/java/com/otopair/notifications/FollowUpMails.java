package com.otopair.notifications;

import com.otopair.base.PublicLinks;
import com.otopair.consult.FollowUpAnswered;
import com.otopair.consult.FollowUpAsked;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionSummary;
import com.otopair.notifications.Inbox.Words;
import java.util.HashMap;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the mechanic of a completed session that its customer asked a follow-up question (a line in
 * the bell, linking to their dashboard, where it is theirs alone for a while), and tells the
 * customer it was answered: a mail and a line in the bell, both linking to the session's page where
 * the answer is. Through the outbox; once per question and once per answer however often it runs,
 * keyed by the question (a question is answered once).
 */
@Component
class FollowUpMails {

  private final SessionNotices notices;
  private final Inbox inbox;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;

  FollowUpMails(
      SessionNotices notices,
      Inbox inbox,
      MailTemplates templates,
      MailTransport transport,
      PublicLinks links) {
    this.notices = notices;
    this.inbox = inbox;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
  }

  @ApplicationModuleListener
  void on(FollowUpAnswered answered) {
    String fact = "follow-up-answered:" + answered.questionId();
    notices
        .notice(answered.parentSessionId())
        .ifPresent(
            notice -> {
              SessionSummary session = notice.session();
              String to = notice.customer().email();
              transport.send(
                  templates
                      .in(
                          to,
                          () -> {
                            Map<String, Object> values = new HashMap<>();
                            values.put("name", MailTemplates.firstName(notice.customer().name()));
                            values.put("mechanic", answered.mechanicName());
                            values.put("shop", session.shopName());
                            values.put("service", session.serviceName());
                            values.put("vehicle", session.vehicle());
                            values.put("link", links.to(notice.path()));
                            return templates.render(
                                "follow-up-answered",
                                to,
                                MailCatalog.subject("follow-up-answered", values),
                                values,
                                session.shopId());
                          })
                      .about(fact));
              inbox.notify(
                  answered.customerId(),
                  "FOLLOW_UP_ANSWERED",
                  () ->
                      Words.of(
                          "notifications.inbox.follow-up-answered.title",
                          new Object[] {},
                          "notifications.inbox.follow-up-answered.body",
                          answered.mechanicName(),
                          session.vehicle()),
                  notice.path(),
                  fact);
            });
  }

  @ApplicationModuleListener
  void on(FollowUpAsked asked) {
    notices
        .notice(asked.parentSessionId())
        .ifPresent(
            notice ->
                inbox.notify(
                    asked.mechanicId(),
                    "FOLLOW_UP_ASKED",
                    () ->
                        Words.of(
                            "notifications.inbox.follow-up-asked.title",
                            new Object[] {},
                            "notifications.inbox.follow-up-asked.body",
                            notice.session().customerName(),
                            notice.session().vehicle()),
                    "sessions",
                    "follow-up-asked:" + asked.questionId()));
  }
}
