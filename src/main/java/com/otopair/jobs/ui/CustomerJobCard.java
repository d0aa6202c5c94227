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
    add(new H2("Work on your car"), status, next, photos, estimate);
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
    next.setText(
        switch (job.job().status()) {
              case REQUESTED -> "The shop has your request and will accept it shortly.";
              case ACCEPTED -> "The shop accepted the job; work starts at your appointment.";
              case IN_PROGRESS -> "Your mechanic is working on your car.";
              case WAITING_PARTS -> "Work is paused while the shop waits for parts.";
              case WAITING_APPROVAL -> "The shop needs your decision on the estimate below.";
              case COMPLETED -> "Your car is ready.";
              case CANCELLED -> "This job was cancelled.";
            }
            + (job.customerNotes().isBlank() ? "" : " " + job.customerNotes()));
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
        var approve = new Button("Approve", e -> decide(job, line, true));
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        approve.setAriaLabel("Approve " + line.description());
        var decline = new Button("Not now", e -> decide(job, line, false));
        decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        decline.setAriaLabel("Decline " + line.description());
        row.add(new Div(approve, decline));
      }
      estimate.add(row);
    }
    if (job.totals().pending().minor() > 0) {
      var pending =
          new Paragraph(
              "Waiting for your decision: " + job.totals().pending().format() + " before tax");
      pending.addClassName("otopair-job-total");
      pending.setId("customer-job-pending");
      estimate.add(pending);
    }
    var total =
        new Paragraph(
            job.totals().approvedTotal().minor() > 0
                ? "Approved: " + job.totals().approvedTotal().format() + " with tax"
                : "Nothing approved yet");
    total.addClassName("otopair-job-total");
    total.setId("customer-job-total");
    estimate.add(total);
  }

  private void decide(JobDetails job, JobDetails.Line line, boolean approve) {
    try {
      show(decider.decide(line.id(), approve));
      Feedback.success(
          approve ? "Approved: " + line.description() : "Saved for later: " + line.description());
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
      reload.get().ifPresent(this::show);
    }
  }
}
