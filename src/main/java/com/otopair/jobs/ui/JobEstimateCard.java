package com.otopair.jobs.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.GridColumns;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobEstimate;
import com.otopair.jobs.LineApproval;
import com.otopair.jobs.LineDraft;
import com.otopair.jobs.LineKind;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.function.SerializableConsumer;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The shop's side of a job's estimate: its lines with the customer's decisions, the form that adds
 * one, the tax rate (the owner sets it) and the totals.
 */
class JobEstimateCard extends Div {

  final Grid<JobDetails.Line> lines = new Grid<>();
  final JobLineForm lineForm;
  final BigDecimalField taxRate = new BigDecimalField(getTranslation("jobs.estimate.tax-rate"));
  final Div totals = new Div();

  private final JobEstimate estimate;
  private final SerializableConsumer<JobDetails> changed;
  private @Nullable UUID jobId;

  private final Button saveTax =
      new Button(getTranslation("jobs.estimate.set-tax"), e -> saveTax());

  /**
   * @param changed shows the job again after a change made here
   */
  JobEstimateCard(JobEstimate estimate, SerializableConsumer<JobDetails> changed) {
    this.estimate = estimate;
    this.changed = changed;
    lineForm = new JobLineForm(this::addLine);
    var kindColumn =
        lines
            .addColumn(l -> l.kind().label())
            .setHeader(getTranslation("jobs.estimate.kind"))
            .setAutoWidth(true)
            .setFlexGrow(0);
    lines
        .addColumn(JobDetails.Line::description)
        .setHeader(getTranslation("jobs.estimate.description"))
        .setWidth("12rem")
        .setFlexGrow(1);
    var quantityColumn =
        lines
            .addColumn(JobEstimateCard::quantity)
            .setHeader(getTranslation("jobs.estimate.quantity"))
            .setAutoWidth(true)
            .setFlexGrow(0);
    var priceColumn =
        lines
            .addColumn(l -> l.unitPrice().format())
            .setHeader(getTranslation("jobs.estimate.price"))
            .setAutoWidth(true)
            .setFlexGrow(0);
    lines
        .addColumn(l -> l.total().format())
        .setHeader(getTranslation("jobs.estimate.total"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    lines
        .addComponentColumn(l -> JobLabels.approval(l.approval()))
        .setHeader(getTranslation("jobs.estimate.customer"))
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
                        getTranslation(
                            l.kind() == LineKind.LABOUR
                                ? "jobs.estimate.card.labour"
                                : "jobs.estimate.card.part",
                            l.quantity().stripTrailingZeros(),
                            l.unitPrice().format())),
                    JobLabels.approval(l.approval()),
                    removeButton(l)));
    lines.setAllRowsVisible(true);
    lines.setEmptyStateText(getTranslation("jobs.estimate.empty"));

    taxRate.setWidth("8em");
    saveTax.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    totals.setId("job-totals");
    totals.addClassName("otopair-job-totals");
    var tax = new Div(taxRate, saveTax);
    tax.addClassName("otopair-job-tax");
    add(new H3(getTranslation("jobs.estimate.heading")), lines, lineForm, tax, totals);
    addClassName("otopair-card");
    addClassName("otopair-job-estimate");
    setId("job-estimate");
  }

  /**
   * @param owner whether the signed-in user runs the shop (and so sets the tax rate)
   */
  void show(JobDetails found, boolean owner) {
    jobId = found.job().id();
    taxRate.setReadOnly(!owner);
    saveTax.setVisible(owner);
    lines.setItems(found.lines());
    lineForm.setVisible(found.job().status().isOpen());
    taxRate.setValue(found.taxRate());
    var t = found.totals();
    totals.removeAll();
    totals.add(
        JobLabels.fact(getTranslation("jobs.estimate.approved"), t.approvedSubtotal().format()),
        JobLabels.fact(
            getTranslation("jobs.estimate.tax", found.taxRate().stripTrailingZeros()),
            t.tax().format()),
        JobLabels.fact(getTranslation("jobs.estimate.grand-total"), t.approvedTotal().format()),
        JobLabels.fact(getTranslation("jobs.estimate.pending"), t.pending().format()),
        JobLabels.fact(getTranslation("jobs.estimate.declined"), t.declined().format()));
  }

  /** "1.5 h", "1,5 h" for labour; "2" for parts: the reader's decimal separator. */
  private static String quantity(JobDetails.Line line) {
    return I18n.t(
        line.kind() == LineKind.LABOUR ? "jobs.estimate.hours" : "jobs.estimate.count",
        line.quantity().stripTrailingZeros());
  }

  private void addLine(LineDraft draft) {
    if (jobId != null) {
      changed.accept(estimate.addLine(jobId, draft));
    }
  }

  private Button removeButton(JobDetails.Line line) {
    var remove = new Button(getTranslation("jobs.estimate.remove"), e -> removeLine(line));
    remove.addThemeVariants(
        ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    remove.setVisible(line.approval() != LineApproval.APPROVED);
    remove.setAriaLabel(getTranslation("jobs.estimate.remove.label", line.description()));
    return remove;
  }

  private void removeLine(JobDetails.Line line) {
    if (jobId == null) {
      return;
    }
    try {
      changed.accept(estimate.removeLine(jobId, line.id()));
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
  }

  private void saveTax() {
    if (jobId == null) {
      return;
    }
    try {
      changed.accept(
          estimate.taxRate(
              jobId, taxRate.getValue() == null ? BigDecimal.valueOf(-1) : taxRate.getValue()));
      taxRate.setInvalid(false);
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("taxRate", taxRate));
    }
  }
}
