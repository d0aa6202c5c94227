package com.otopair.notifications;

import com.otopair.base.PublicLinks;
import com.otopair.consult.SessionFinished;
import com.otopair.consult.SessionNotices;
import com.otopair.consult.SessionStatus;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobStatusChanged;
import com.otopair.reviews.ReviewLinks;
import com.otopair.reviews.Visit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Asks every customer of a completed visit how it went, with the same words for everyone: a booking
 * once its job is completed (a booked live session's job completes when the session ends), a live
 * session asked for now once it ended with a mechanic. The mail links to the visit's review page
 * through its signed link, which works without signing in, and leaves once per visit.
 */
@Component
class ReviewMails {

  private final JobNotices jobs;
  private final SessionNotices sessions;
  private final ReviewLinks reviews;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;

  ReviewMails(
      JobNotices jobs,
      SessionNotices sessions,
      ReviewLinks reviews,
      MailTemplates templates,
      MailTransport transport,
      PublicLinks links) {
    this.jobs = jobs;
    this.sessions = sessions;
    this.reviews = reviews;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
  }

  /** A job done: its booking's customer is asked (a walk-in job has no booking to review). */
  @ApplicationModuleListener
  void on(JobStatusChanged changed) {
    if (changed.to() != JobStatus.COMPLETED) {
      return;
    }
    jobs.notice(changed.jobId())
        .ifPresent(
            notice -> {
              var job = notice.job().job();
              UUID booking = job.bookingId();
              if (booking != null) {
                send(
                    notice.customer().email(),
                    notice.customer().name(),
                    job.shopId(),
                    job.shopName(),
                    job.title(),
                    Visit.booking(booking));
              }
            });
  }

  /** A live session asked for now that ended with a mechanic; a booked one is its booking's. */
  @ApplicationModuleListener
  void on(SessionFinished finished) {
    if (finished.status() != SessionStatus.ENDED || finished.bookingId() != null) {
      return;
    }
    sessions
        .notice(finished.sessionId())
        .filter(notice -> notice.session().mechanicId() != null)
        .filter(notice -> notice.session().bookingId() == null)
        .ifPresent(
            notice ->
                send(
                    notice.customer().email(),
                    notice.customer().name(),
                    notice.session().shopId(),
                    notice.session().shopName(),
                    notice.session().serviceName(),
                    Visit.session(finished.sessionId())));
  }

  private void send(
      String to, String customer, UUID shopId, String shop, String service, Visit visit) {
    transport.send(
        templates
            .in(
                to,
                () -> {
                  Map<String, Object> values = new HashMap<>();
                  values.put("name", MailTemplates.firstName(customer));
                  values.put("shop", shop);
                  values.put("service", service);
                  values.put("link", links.to(reviews.path(visit)));
                  return templates.render(
                      "review-request",
                      to,
                      MailCatalog.subject("review-request", values),
                      values,
                      shopId);
                })
            // One request per visit, however often its completion is handled.
            .about("review-request:" + visit.kind().segment() + ":" + visit.id()));
  }
}
