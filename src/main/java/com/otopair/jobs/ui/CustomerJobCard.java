package com.otopair.jobs.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.Feedback;
import com.otopair.jobs.JobChanged;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.LineApproval;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.Optional;
import java.util.UUID;

/**
 * The customer's view of the work on their car: where the job stands, the shop's notes for them,
 * and the estimate, each line to approve or decline. Updates live as the shop works.
 */
class CustomerJobCard extends Div {

  final Span status = new Span();
  final Paragraph next = new Paragraph();
  final Div estimate = new Div();
  final JobPhotoGallery photos = new JobPhotoGallery(null);

  /** Records the customer's decision on a line and answers the job as it is then. */
  interface Decider extends Serializable {
    JobDetails decide(UUID lineId, boolean approve);
  }

  private final SerializableSupplier<Optional<JobDetails>> reload;
  private final Decider decider;

  CustomerJobCard(
      LiveUpdates live,
      JobDetails job,
      SerializableSupplier<Optional<JobDetails>> reload,
      Decider decider) {
    this.reload = reload;
    this.decider = decider;
    addClassName("otopair-card");
    setId("customer-job");
    estimate.addClassName("otopair-job-estimate");
    add(new H2(getTranslation("jobs.customer.heading")), status, next, photos, estimate);
    show(job);
    UUID jobId = job.job().id();
    live.subscribe(
        this,
        JobChanged.class,
        event -> {
          if (event.jobId().equals(jobId)) {
            reload.get().ifPresent(this::show);
          }
        });
  }

  void show(JobDetails job) {
    status.removeAll();
    status.add(JobLabels.badge(job.job().status()));
    String where =
        getTranslation(
            switch (job.job().status()) {
              case REQUESTED -> "jobs.customer.next.requested";
              case ACCEPTED -> "jobs.customer.next.accepted";
              case IN_PROGRESS -> "jobs.customer.next.in-progress";
              case WAITING_PARTS -> "jobs.customer.next.waiting-parts";
              case WAITING_APPROVAL -> "jobs.customer.next.waiting-approval";
              case COMPLETED -> "jobs.customer.next.completed";
              case CANCELLED -> "jobs.customer.next.cancelled";
            });
    next.setText(where + (job.customerNotes().isBlank() ? "" : " " + job.customerNotes()));
    photos.setVisible(!job.photoUrls().isEmpty());
    photos.show(job.photoUrls(), job.job().reference());
    estimate.removeAll();
    if (job.lines().isEmpty()) {
      return;
    }
    boolean open = job.job().status().isOpen();
    for (JobDetails.Line line : job.lines()) {
      var description = new Span(line.description());
      description.addClassName("otopair-job-line-description");
      var amount = new Span(line.total().format());
      amount.addClassName("otopair-job-line-amount");
      var row = new Div(description, amount, JobLabels.approval(line.approval()));
      row.addClassName("otopair-job-line");
      if (open && line.approval() == LineApproval.PENDING) {
        var approve =
            new Button(getTranslation("jobs.customer.approve"), e -> decide(job, line, true));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel(getTranslation("jobs.customer.approve.label", line.description()));
        var decline =
            new Button(getTranslation("jobs.customer.decline"), e -> decide(job, line, false));
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        decline.setAriaLabel(getTranslation("jobs.customer.decline.label", line.description()));
        row.add(new Div(approve, decline));
      }
      estimate.add(row);
    }
    if (job.totals().pending().minor() > 0) {
      var pending =
          new Paragraph(getTranslation("jobs.customer.pending", job.totals().pending().format()));
      pending.addClassName("otopair-job-total");
      pending.setId("customer-job-pending");
      estimate.add(pending);
    }
    var total =
        new Paragraph(
            job.totals().approvedTotal().minor() > 0
                ? getTranslation(
                    "jobs.customer.approved-total", job.totals().approvedTotal().format())
                : getTranslation("jobs.customer.nothing-approved"));
    total.addClassName("otopair-job-total");
    total.setId("customer-job-total");
    estimate.add(total);
  }

  private void decide(JobDetails job, JobDetails.Line line, boolean approve) {
    try {
      show(decider.decide(line.id(), approve));
      Feedback.success(
          getTranslation(
              approve ? "jobs.customer.approved" : "jobs.customer.saved-for-later",
              line.description()));
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
      reload.get().ifPresent(this::show);
    }
  }
}
