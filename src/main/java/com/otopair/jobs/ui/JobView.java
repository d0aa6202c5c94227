package com.otopair.jobs.ui;

import com.otopair.base.AccessReads;
import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.identity.UserContact;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobChanged;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobEstimate;
import com.otopair.jobs.JobPhotos;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobWorkflow;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One job for the shop: what, for whom, who works it; the next steps it can take; the estimate with
 * the customer's decisions and totals; notes; photos; the timeline. Updates live.
 */
@Route("jobs/:jobId")
@PageTitle("jobs.job.title")
@RolesAllowed({Roles.SHOP_OWNER, Roles.MECHANIC})
class JobView extends Main implements BeforeEnterObserver {

  final Div actions = new Div();
  final ComboBox<UserContact> assignee = new ComboBox<>(getTranslation("jobs.job.mechanic"));
  final JobEstimateCard estimate;
  final TextArea internalNotes = new TextArea(getTranslation("jobs.notes.internal"));
  final TextArea customerNotes = new TextArea(getTranslation("jobs.notes.customer"));
  final JobTimelineList timeline = new JobTimelineList();
  final Span status = new Span();
  final Div facts = new Div();
  final JobPhotoGallery photos;
  final H2 heading = new H2();

  private final JobBoard jobs;
  private final JobWorkflow workflow;
  private final AccessReads reads;
  private @Nullable JobDetails job;
  private boolean owner;

  JobView(
      JobBoard jobs,
      JobWorkflow workflow,
      JobEstimate estimates,
      JobPhotos jobPhotos,
      LiveUpdates live,
      AccessReads reads) {
    this.jobs = jobs;
    this.reads = reads;
    this.workflow = workflow;
    estimate = new JobEstimateCard(estimates, this::show);
    photos =
        new JobPhotoGallery(
            bytes -> {
              if (job != null) {
                jobPhotos.add(job.job().id(), bytes);
                show(jobs.job(job.job().id()));
              }
            });
    addClassName("otopair-page");
    addClassName("otopair-job-page");
    live.subscribe(
        this,
        JobChanged.class,
        event -> {
          if (job != null && event.jobId().equals(job.job().id())) {
            show(jobs.job(job.job().id()));
          }
        });
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    try {
      UUID id = UUID.fromString(event.getRouteParameters().get("jobId").orElse(""));
      JobDetails found = jobs.job(id);
      if (found.internalNotes() == null) {
        // The customer of the job: their view is the booking page.
        event.rerouteToError(NotFoundException.class);
        return;
      }
      owner = jobs.runsShop(found.job().shopId());
      reads.read(AccessReads.Subject.JOB, id, found.job().customerId(), found.job().shopId());
      build(found);
    } catch (IllegalArgumentException | InvalidRequestException notOurs) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  private void build(JobDetails found) {
    removeAll();
    var back = new Anchor("jobs", getTranslation("jobs.job.back"));
    heading.addClassName("otopair-page-title");
    heading.setId("job-heading");
    var header = new Div(back, heading, status, actions);
    header.addClassName("otopair-job-header");
    actions.addClassName("otopair-job-actions");

    facts.setId("job-facts");
    facts.addClassName("otopair-job-facts");
    assignee.setItems(jobs.mechanics(found.job().shopId()));
    assignee.setItemLabelGenerator(UserContact::name);
    assignee.setPlaceholder(getTranslation("jobs.unassigned"));
    assignee.setReadOnly(!owner);
    assignee.addValueChangeListener(
        e -> {
          if (e.isFromClient() && job != null) {
            try {
              workflow.assign(job.job().id(), e.getValue() == null ? null : e.getValue().id());
              Feedback.success(
                  e.getValue() == null
                      ? getTranslation("jobs.unassigned")
                      : getTranslation("jobs.job.given-to", e.getValue().name()));
            } catch (InvalidRequestException refused) {
              Feedback.error(refused.getMessage());
            }
            show(jobs.job(job.job().id()));
          }
        });
    var about = new Div(new H3(getTranslation("jobs.job.about")), facts, assignee);
    about.addClassName("otopair-card");

    internalNotes.setHelperText(getTranslation("jobs.notes.internal.helper"));
    customerNotes.setHelperText(getTranslation("jobs.notes.customer.helper"));
    internalNotes.setWidthFull();
    customerNotes.setWidthFull();
    var saveNotes = new Button(getTranslation("jobs.notes.save"), e -> saveNotes());
    saveNotes.setId("save-notes");
    var notes =
        new Div(
            new H3(getTranslation("jobs.notes.heading")), internalNotes, customerNotes, saveNotes);
    notes.addClassName("otopair-card");

    var history = new Div(new H3(getTranslation("jobs.timeline.heading")), timeline);
    history.addClassName("otopair-card");

    var pictures = new Div(new H3(getTranslation("jobs.photos.heading")), photos);
    pictures.addClassName("otopair-card");
    var grid = new Div(about, estimate, notes, pictures, history);
    grid.addClassName("otopair-job-grid");
    add(header, grid);
    show(found);
    internalNotes.setValue(found.internalNotes() == null ? "" : found.internalNotes());
    customerNotes.setValue(found.customerNotes());
  }

  void show(JobDetails found) {
    job = found;
    var j = found.job();
    heading.setText(j.reference() + " · " + j.title());
    status.removeAll();
    status.add(JobLabels.badge(j.status()));
    actions.removeAll();
    for (JobStatus next : j.status().next()) {
      if (next == JobStatus.CANCELLED && !owner) {
        continue;
      }
      var step = new Button(next.actionFrom(j.status()), e -> confirmMove(next));
      if (next == JobStatus.CANCELLED) {
        step.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
      } else if (j.status() == JobStatus.WAITING_APPROVAL && found.hasPendingLines()) {
        // The customer decides next: resuming without their answer is possible, not the main step.
        step.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      } else if (actions.getChildren().findAny().isEmpty()) {
        step.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      }
      actions.add(step);
    }
    facts.removeAll();
    facts.add(
        JobLabels.fact(getTranslation("jobs.job.customer"), j.customerName()),
        JobLabels.fact(
            getTranslation("jobs.job.vehicle"),
            j.vehicle().isEmpty() ? getTranslation("jobs.job.vehicle.none") : j.vehicle()),
        JobLabels.fact(getTranslation("jobs.job.origin"), j.origin().label()),
        JobLabels.fact(
            getTranslation("jobs.job.booked-for"),
            j.scheduledAt() == null
                ? getTranslation("jobs.job.no-booking")
                : Formats.current().when(j.scheduledAt(), found.zone())),
        JobLabels.fact(
            getTranslation("jobs.job.problem"),
            found.description().isEmpty()
                ? getTranslation("jobs.job.problem.none")
                : found.description()));
    if (found.fromSession() != null) {
      facts.add(new JobSessionOrigin(found.fromSession(), found.zone()));
    }
    assignee.setValue(
        j.mechanicId() == null
            ? null
            : assignee
                .getListDataView()
                .getItems()
                .filter(c -> c.id().equals(j.mechanicId()))
                .findFirst()
                .orElse(null));
    estimate.show(found, owner);
    photos.show(found.photoUrls(), j.reference());
    timeline.show(found.timeline(), found.zone());
  }

  private void confirmMove(JobStatus target) {
    if (job == null) {
      return;
    }
    var dialog = new Dialog(getTranslation("jobs.move.confirm", target.action()));
    var comment = new TextArea(getTranslation("jobs.move.comment"));
    comment.setWidthFull();
    comment.setMaxLength(1000);
    comment.setPlaceholder(
        target == JobStatus.WAITING_PARTS ? getTranslation("jobs.move.comment.parts") : "");
    dialog.add(comment);
    var go =
        new Button(
            target.action(),
            e -> {
              try {
                workflow.move(job.job().id(), target, comment.getValue());
                dialog.close();
                Feedback.success(
                    getTranslation(
                        "jobs.move.done",
                        job.job().reference(),
                        target.label().toLowerCase(getLocale())));
              } catch (InvalidRequestException refused) {
                if ("comment".equals(refused.field())) {
                  Feedback.show(refused, Map.of("comment", comment));
                  return;
                }
                dialog.close();
                Feedback.error(refused.getMessage());
              }
              show(jobs.job(job.job().id()));
            });
    go.addThemeVariants(
        target == JobStatus.CANCELLED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    go.setId("confirm-move");
    dialog.getFooter().add(new Button(getTranslation("jobs.move.back"), e -> dialog.close()), go);
    dialog.open();
  }

  private void saveNotes() {
    if (job == null) {
      return;
    }
    try {
      show(workflow.notes(job.job().id(), internalNotes.getValue(), customerNotes.getValue()));
      Feedback.success(getTranslation("jobs.notes.saved"));
    } catch (InvalidRequestException refused) {
      Feedback.show(
          refused, Map.of("internalNotes", internalNotes, "customerNotes", customerNotes));
    }
  }

  List<String> actionLabels() {
    return actions.getChildren().map(c -> ((Button) c).getText()).toList();
  }
}
