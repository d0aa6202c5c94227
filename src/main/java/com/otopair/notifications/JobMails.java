package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.jobs.JobAssigned;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobStatusChanged;
import com.otopair.jobs.JobSummary;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a mechanic a job is theirs, and a customer that the shop accepted their job, that an
 * estimate waits for their decision, and that the work is done; each with the booking's signed
 * link, where they follow the job and approve line by line without signing in. Times are in the
 * shop's zone, with the zone named; mails carry the shop's name and logo.
 */
@Component
class JobMails {

  private final JobNotices notices;
  private final MailTemplates templates;
  private final MailTransport transport;
  private final PublicLinks links;

  JobMails(
      JobNotices notices, MailTemplates templates, MailTransport transport, PublicLinks links) {
    this.notices = notices;
    this.templates = templates;
    this.transport = transport;
    this.links = links;
  }

  @ApplicationModuleListener
  void on(JobAssigned assigned) {
    notices
        .notice(assigned.jobId())
        .filter(n -> n.mechanic() != null && n.mechanic().id().equals(assigned.mechanicId()))
        .ifPresent(
            notice -> {
              JobDetails job = notice.job();
              var summary = job.job();
              String to = notice.mechanic().email();
              transport.send(
                  templates
                      .in(
                          to,
                          () -> {
                            var values =
                                values(
                                    summary,
                                    notice.mechanic().name(),
                                    links.to("jobs/" + summary.id()));
                            values.put("by", assigned.assignedBy());
                            values.put("job", summary.reference());
                            values.put("customer", summary.customerName());
                            values.put("vehicle", summary.vehicle());
                            values.put(
                                "when",
                                summary.scheduledAt() == null
                                    ? I18n.t("notifications.mail.job-assigned.no-time")
                                    : I18n.t(
                                        "notifications.mail.job-assigned.booked-for",
                                        Formats.current().when(summary.scheduledAt(), job.zone())));
                            return render("job-assigned", to, summary, values);
                          })
                      .about(
                          "job-assigned:"
                              + assigned.jobId()
                              + ":"
                              + assigned.mechanicId()
                              + ":"
                              + times(job, e -> e.kind().equals("ASSIGNED"))));
            });
  }

  @ApplicationModuleListener
  void on(JobStatusChanged changed) {
    switch (changed.to()) {
      case WAITING_APPROVAL -> estimateReady(changed);
      case ACCEPTED -> {
        // Handled after the job went further (a live session that joined and ended at once):
        // its later mails tell the customer, not this one.
        if (stillOpen(changed)) {
          toCustomer(changed, "job-accepted");
        }
      }
      // The review request follows from ReviewMails.
      case COMPLETED -> toCustomer(changed, "job-completed");
      default -> {}
    }
  }

  private boolean stillOpen(JobStatusChanged changed) {
    return notices
        .notice(changed.jobId())
        .map(notice -> notice.job().job().status().isOpen())
        .orElse(false);
  }

  /** A mail to the job's customer about where their job stands, with its signed link. */
  private void toCustomer(JobStatusChanged changed, String template) {
    notices
        .notice(changed.jobId())
        .ifPresent(
            notice -> {
              var summary = notice.job().job();
              var total = notice.job().totals().approvedTotal();
              String to = notice.customer().email();
              transport.send(
                  templates
                      .in(
                          to,
                          () -> {
                            var values = toCustomer(notice);
                            values.put("job", summary.reference());
                            values.put(
                                "price", total.minor() == 0 ? "" : Formats.current().money(total));
                            return render(template, to, summary, values);
                          })
                      .about(reached(changed, notice.job())));
            });
  }

  private void estimateReady(JobStatusChanged changed) {
    notices
        .notice(changed.jobId())
        .ifPresent(
            notice -> {
              var summary = notice.job().job();
              String comment =
                  notice.job().timeline().reversed().stream()
                      .filter(e -> e.to() == JobStatus.WAITING_APPROVAL)
                      .map(JobDetails.Entry::comment)
                      .findFirst()
                      .orElse("");
              String to = notice.customer().email();
              transport.send(
                  templates
                      .in(
                          to,
                          () -> {
                            var values = toCustomer(notice);
                            values.put(
                                "pending",
                                Formats.current().money(notice.job().totals().pending()));
                            values.put("comment", comment);
                            return render("estimate-ready", to, summary, values);
                          })
                      .about(reached(changed, notice.job())));
            });
  }

  /**
   * What every job mail names: whom it greets (by first name), the shop, the job's title, and the
   * link where the reader follows the job.
   */
  private static Map<String, Object> values(JobSummary job, String reader, String link) {
    Map<String, Object> values = new HashMap<>();
    values.put("name", MailTemplates.firstName(reader));
    values.put("shop", job.shopName());
    values.put("title", job.title());
    values.put("link", link);
    return values;
  }

  /** The values of a mail to the job's customer: theirs, their vehicle and their signed link. */
  private Map<String, Object> toCustomer(JobNotices.Notice notice) {
    JobSummary job = notice.job().job();
    var values = values(job, notice.customer().name(), links.to(notice.managePath()));
    values.put("vehicle", vehicle(job.vehicle()));
    return values;
  }

  private OutgoingMail render(
      String template, String to, JobSummary job, Map<String, Object> values) {
    return templates.render(
        template, to, MailCatalog.subject(template, values), values, job.shopId());
  }

  /** The customer's vehicle as they named it, or "car" in the reader's language. */
  private static String vehicle(String named) {
    return named.isEmpty() ? I18n.t("notifications.mail.vehicle") : named;
  }

  /**
   * The fact of a status change: the job reaching that status for the n-th time, which a re-run
   * finds the same.
   */
  private static String reached(JobStatusChanged changed, JobDetails job) {
    return "job-status:"
        + changed.jobId()
        + ":"
        + changed.to()
        + ":"
        + times(job, e -> e.to() == changed.to());
  }

  /** How many entries of the job's history match. */
  private static long times(JobDetails job, Predicate<JobDetails.Entry> which) {
    return job.timeline().stream().filter(which).count();
  }
}
