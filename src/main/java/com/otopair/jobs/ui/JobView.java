package com.otopair.jobs.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.GridColumns;
import com.otopair.identity.UserContact;
import com.otopair.jobs.JobChanged;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobService;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.LineApproval;
import com.otopair.jobs.LineDraft;
import com.otopair.jobs.LineKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One job for the shop: what, for whom, who works it; the next steps it can take; the estimate with
 * the customer's decisions and totals; notes; the timeline. Updates live.
 */
@Route("jobs/:jobId")
@PageTitle("Job")
@RolesAllowed({Roles.SHOP_OWNER, Roles.MECHANIC})
class JobView extends Main implements BeforeEnterObserver {

  final Div actions = new Div();
  final ComboBox<UserContact> assignee = new ComboBox<>("Mechanic");
  final Grid<JobDetails.Line> lines = new Grid<>();
  final Select<LineKind> kind = new Select<>();
  final TextField lineDescription = new TextField("Description");
  final BigDecimalField quantity = new BigDecimalField("Hours");
  final BigDecimalField unitPrice = new BigDecimalField("Rate");
  final BigDecimalField taxRate = new BigDecimalField("Tax %");
  final Div totals = new Div();
  final TextArea internalNotes = new TextArea("Internal notes");
  final TextArea customerNotes = new TextArea("Notes for the customer");
  final Div timeline = new Div();
  final Span status = new Span();
  final Div facts = new Div();
  final FormLayout lineForm = new FormLayout();
  final Button addLineButton = new Button("Add line");
  @Nullable JobPhotos photos;
  final H2 heading = new H2();

  private final JobService jobs;
  private @Nullable JobDetails job;
  private boolean owner;

  JobView(JobService jobs, LiveUpdates live) {
    this.jobs = jobs;
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
        throw new InvalidRequestException("Not a member");
      }
      owner = jobs.runsShop(found.job().shopId());
      build(found);
    } catch (IllegalArgumentException | InvalidRequestException notOurs) {
      event.rerouteToError(NotFoundException.class);
    }
  }

  private void build(JobDetails found) {
    removeAll();
    var back = new Anchor("jobs", "← Job board");
    heading.addClassName("otopair-page-title");
    heading.setId("job-heading");
    var header = new Div(back, heading, status, actions);
    header.addClassName("otopair-job-header");
    actions.addClassName("otopair-job-actions");

    facts.setId("job-facts");
    facts.addClassName("otopair-job-facts");
    assignee.setItems(jobs.mechanics(found.job().shopId()));
    assignee.setItemLabelGenerator(UserContact::name);
    assignee.setPlaceholder("Unassigned");
    assignee.setReadOnly(!owner);
    assignee.addValueChangeListener(
        e -> {
          if (e.isFromClient() && job != null) {
            try {
              jobs.assign(job.job().id(), e.getValue() == null ? null : e.getValue().id());
              Feedback.success(
                  e.getValue() == null ? "Unassigned" : "Given to " + e.getValue().name());
            } catch (InvalidRequestException refused) {
              Feedback.error(refused.getMessage());
            }
            show(jobs.job(job.job().id()));
          }
        });
    var about = new Div(new H3("The job"), facts, assignee);
    about.addClassName("otopair-card");

    var kindColumn =
        lines
            .addColumn(l -> l.kind() == LineKind.LABOUR ? "Labour" : "Part")
            .setHeader("Kind")
            .setAutoWidth(true)
            .setFlexGrow(0);
    lines
        .addColumn(JobDetails.Line::description)
        .setHeader("Description")
        .setWidth("12rem")
        .setFlexGrow(1);
    var quantityColumn =
        lines
            .addColumn(l -> l.quantity().stripTrailingZeros().toPlainString())
            .setHeader("Qty / h")
            .setAutoWidth(true)
            .setFlexGrow(0);
    var priceColumn =
        lines
            .addColumn(l -> l.unitPrice().format())
            .setHeader("Price")
            .setAutoWidth(true)
            .setFlexGrow(0);
    lines.addColumn(l -> l.total().format()).setHeader("Total").setAutoWidth(true).setFlexGrow(0);
    lines
        .addComponentColumn(l -> JobLabels.approval(l.approval()))
        .setHeader("Customer")
        .setAutoWidth(true)
        .setFlexGrow(0);
    lines.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);
    GridColumns.of(lines)
        .hideBelow(1100, kindColumn, quantityColumn, priceColumn)
        .cardsBelow(
            700,
            l ->
                GridColumns.card(
                    l.description() + " · " + l.total().format(),
                    List.of(
                        (l.kind() == LineKind.LABOUR ? "Labour, " : "Part, ")
                            + l.quantity().stripTrailingZeros().toPlainString()
                            + (l.kind() == LineKind.LABOUR ? " h × " : " × ")
                            + l.unitPrice().format()),
                    JobLabels.approval(l.approval()),
                    removeButton(l)));
    lines.setAllRowsVisible(true);
    lines.setEmptyStateText("No lines yet. Add labour and parts for the customer to approve.");
    kind.setLabel("Kind");
    kind.setItems(LineKind.values());
    kind.setItemLabelGenerator(k -> k == LineKind.LABOUR ? "Labour" : "Part");
    kind.setValue(LineKind.LABOUR);
    kind.addValueChangeListener(
        e -> {
          quantity.setLabel(e.getValue() == LineKind.LABOUR ? "Hours" : "Quantity");
          unitPrice.setLabel(e.getValue() == LineKind.LABOUR ? "Rate" : "Unit price");
        });
    lineDescription.setPlaceholder("Replace front brake pads");
    quantity.setValue(BigDecimal.ONE);
    addLineButton.setId("add-line");
    addLineButton.addClickListener(e -> addLine());
    lineForm.add(kind, lineDescription, quantity, unitPrice);
    lineForm.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 2), new FormLayout.ResponsiveStep("700px", 4));
    lineForm.setColspan(lineDescription, 2);
    taxRate.setWidth("8em");
    taxRate.setReadOnly(!owner);
    var saveTax = new Button("Set tax", e -> saveTax());
    saveTax.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    saveTax.setVisible(owner);
    totals.setId("job-totals");
    totals.addClassName("otopair-job-totals");
    var tax = new Div(taxRate, saveTax);
    tax.addClassName("otopair-job-tax");
    var estimate = new Div(new H3("Estimate"), lines, lineForm, addLineButton, tax, totals);
    estimate.addClassName("otopair-card");
    estimate.addClassName("otopair-job-estimate");
    estimate.setId("job-estimate");

    internalNotes.setHelperText("Only the shop sees these");
    customerNotes.setHelperText("The customer sees these on their booking");
    internalNotes.setWidthFull();
    customerNotes.setWidthFull();
    var saveNotes = new Button("Save notes", e -> saveNotes());
    saveNotes.setId("save-notes");
    var notes = new Div(new H3("Notes"), internalNotes, customerNotes, saveNotes);
    notes.addClassName("otopair-card");

    timeline.setId("job-timeline");
    timeline.addClassName("otopair-timeline");
    var history = new Div(new H3("Timeline"), timeline);
    history.addClassName("otopair-card");

    photos =
        new JobPhotos(
            bytes -> {
              if (job != null) {
                jobs.addPhoto(job.job().id(), bytes);
                show(jobs.job(job.job().id()));
              }
            });
    var pictures = new Div(new H3("Photos"), photos);
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
    {
      facts.removeAll();
      facts.add(
          fact("Customer", j.customerName()),
          fact("Vehicle", j.vehicle().isEmpty() ? "Not given" : j.vehicle()),
          fact("Came in", j.origin().label()),
          fact(
              "Booked for",
              j.scheduledAt() == null
                  ? "No booking"
                  : Formats.current().when(j.scheduledAt(), found.zone())),
          fact("Problem", found.description().isEmpty() ? "Not described" : found.description()));
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
    lines.setItems(found.lines());
    if (photos != null) {
      photos.show(found.photoUrls(), j.reference());
    }
    boolean open = j.status().isOpen();
    lineForm.setVisible(open);
    addLineButton.setVisible(open);
    taxRate.setValue(found.taxRate());
    var t = found.totals();
    totals.removeAll();
    totals.add(
        fact("Approved", t.approvedSubtotal().format()),
        fact(
            "Tax (" + found.taxRate().stripTrailingZeros().toPlainString() + " %)",
            t.tax().format()),
        fact("Total", t.approvedTotal().format()),
        fact("Awaiting approval", t.pending().format()),
        fact("Recommended later", t.declined().format()));
    timeline.removeAll();
    for (JobDetails.Entry entry : found.timeline().reversed()) {
      String what =
          entry.to() != null && entry.from() != null
              ? entry.from().label() + " → " + entry.to().label()
              : entry.to() != null ? "Opened" : "";
      var line = new Div();
      line.addClassName("otopair-timeline-entry");
      var head = new Span((what.isEmpty() ? "" : what + " · ") + entry.actor());
      head.addClassName("otopair-timeline-what");
      var at = new Span(JobLabels.when(entry.at(), found.zone()));
      at.addClassName("otopair-muted");
      line.add(head, at);
      if (!entry.comment().isBlank()) {
        line.add(new Paragraph(entry.comment()));
      }
      timeline.add(line);
    }
  }

  private static Div fact(String label, String value) {
    var name = new Span(label);
    name.addClassName("otopair-fact-label");
    var text = new Span(value);
    text.addClassName("otopair-fact-value");
    var fact = new Div(name, text);
    fact.addClassName("otopair-fact");
    return fact;
  }

  private void confirmMove(JobStatus target) {
    if (job == null) {
      return;
    }
    var dialog = new Dialog(target.action() + "?");
    var comment = new TextArea("Comment (optional)");
    comment.setWidthFull();
    comment.setMaxLength(1000);
    comment.setPlaceholder(
        target == JobStatus.WAITING_PARTS ? "Which part, and when it arrives" : "");
    dialog.add(comment);
    var go =
        new Button(
            target.action(),
            e -> {
              try {
                jobs.move(job.job().id(), target, comment.getValue());
                dialog.close();
                Feedback.success(
                    job.job().reference() + " is " + target.label().toLowerCase(Locale.ROOT));
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
    dialog.getFooter().add(new Button("Back", e -> dialog.close()), go);
    dialog.open();
  }

  void addLine() {
    if (job == null) {
      return;
    }
    try {
      BigDecimal price =
          unitPrice.getValue() == null ? BigDecimal.valueOf(-1) : unitPrice.getValue();
      show(
          jobs.addLine(
              job.job().id(),
              new LineDraft(
                  kind.getValue(),
                  lineDescription.getValue(),
                  quantity.getValue() == null ? BigDecimal.ZERO : quantity.getValue(),
                  minorUnits(price))));
      lineDescription.clear();
      unitPrice.clear();
      quantity.setValue(BigDecimal.ONE);
      lineDescription.setInvalid(false);
      quantity.setInvalid(false);
      unitPrice.setInvalid(false);
    } catch (InvalidRequestException refused) {
      Feedback.show(
          refused,
          Map.of("description", lineDescription, "quantity", quantity, "unitPrice", unitPrice));
    }
  }

  /** Dollars and cents as cents; anything out of range is refused next to the price. */
  private static long minorUnits(BigDecimal price) {
    try {
      return price.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact();
    } catch (ArithmeticException tooBig) {
      return -1;
    }
  }

  private Button removeButton(JobDetails.Line line) {
    var remove = new Button("Remove", e -> removeLine(line));
    remove.addThemeVariants(
        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    remove.setVisible(line.approval() != LineApproval.APPROVED);
    remove.setAriaLabel("Remove " + line.description());
    return remove;
  }

  private void removeLine(JobDetails.Line line) {
    if (job == null) {
      return;
    }
    try {
      show(jobs.removeLine(job.job().id(), line.id()));
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
  }

  private void saveTax() {
    if (job == null) {
      return;
    }
    try {
      show(
          jobs.taxRate(
              job.job().id(),
              taxRate.getValue() == null ? BigDecimal.valueOf(-1) : taxRate.getValue()));
      taxRate.setInvalid(false);
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("taxRate", taxRate));
    }
  }

  private void saveNotes() {
    if (job == null) {
      return;
    }
    try {
      show(jobs.notes(job.job().id(), internalNotes.getValue(), customerNotes.getValue()));
      Feedback.success("Notes saved");
    } catch (InvalidRequestException refused) {
      Feedback.show(
          refused, Map.of("internalNotes", internalNotes, "customerNotes", customerNotes));
    }
  }

  List<String> actionLabels() {
    return actions.getChildren().map(c -> ((Button) c).getText()).toList();
  }
}
