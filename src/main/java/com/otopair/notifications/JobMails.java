package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.PublicLinks;
import com.otopair.jobs.JobAssigned;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobStatusChanged;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Predicate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells a mechanic a job is theirs, and a customer that the shop accepted their job, that an
 * estimate waits for their decision, and that the work is done (then asks how it went); each with
 * the booking's signed link, where they follow the job and approve line by line without signing in.
 * Times are in the shop's zone, with the zone named; mails carry the shop's name and logo.
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
              Map<String, Object> values = new HashMap<>();
              values.put("name", MailTemplates.firstName(notice.mechanic().name()));
              values.put("by", assigned.assignedBy());
              values.put("job", summary.reference());
              values.put("shop", summary.shopName());
              values.put("title", summary.title());
              values.put("customer", summary.customerName());
              values.put("vehicle", summary.vehicle());
              values.put(
                  "when",
                  summary.scheduledAt() == null
                      ? "No appointment time yet."
                      : "Booked for "
                          + Formats.current().when(summary.scheduledAt(), job.zone())
                          + ".");
              values.put("link", links.to("jobs/" + summary.id()));
              transport.send(
                  templates
                      .render(
                          "job-assigned",
                          notice.mechanic().email(),
                          summary.reference() + " is yours: " + summary.title(),
                          values,
                          summary.shopId())
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
      case ACCEPTED -> toCustomer(changed, "job-accepted");
      case COMPLETED -> {
        toCustomer(changed, "job-completed");
        toCustomer(changed, "review-request");
      }
      default -> {}
    }
  }

  /** A mail to the job's customer about where their job stands, with its signed link. */
  private void toCustomer(JobStatusChanged changed, String template) {
    notices
        .notice(changed.jobId())
        .ifPresent(
            notice -> {
              var summary = notice.job().job();
              var total = notice.job().totals().approvedTotal();
              Map<String, Object> values = new HashMap<>();
              values.put("name", MailTemplates.firstName(notice.customer().name()));
              values.put("shop", summary.shopName());
              values.put("title", summary.title());
              values.put("job", summary.reference());
              values.put("vehicle", summary.vehicle().isEmpty() ? "car" : summary.vehicle());
              values.put("price", total.minor() == 0 ? "" : total.format());
              values.put("link", links.to(notice.managePath()));
              transport.send(
                  templates
                      .render(
                          template,
                          notice.customer().email(),
                          MailCatalog.subject(template, values),
                          values,
                          summary.shopId())
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
              Map<String, Object> values = new HashMap<>();
              values.put("name", MailTemplates.firstName(notice.customer().name()));
              values.put("shop", summary.shopName());
              values.put("title", summary.title());
              values.put("vehicle", summary.vehicle().isEmpty() ? "car" : summary.vehicle());
              values.put("pending", notice.job().totals().pending().format());
              values.put("comment", comment);
              values.put("link", links.to(notice.managePath()));
              transport.send(
                  templates
                      .render(
                          "estimate-ready",
                          notice.customer().email(),
                          summary.shopName() + " needs your approval: " + summary.title(),
                          values,
                          summary.shopId())
                      .about(reached(changed, notice.job())));
            });
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
