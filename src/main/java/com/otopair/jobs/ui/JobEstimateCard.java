package com.otopair.jobs.ui;

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
  final BigDecimalField taxRate = new BigDecimalField("Tax %");
  final Div totals = new Div();

  private final JobEstimate estimate;
  private final SerializableConsumer<JobDetails> changed;
  private @Nullable UUID jobId;

  private final Button saveTax = new Button("Set tax", e -> saveTax());

  /**
   * @param changed shows the job again after a change made here
   */
  JobEstimateCard(JobEstimate estimate, SerializableConsumer<JobDetails> changed) {
    this.estimate = estimate;
    this.changed = changed;
    lineForm = new JobLineForm(this::addLine);
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

    taxRate.setWidth("8em");
    saveTax.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    totals.setId("job-totals");
    totals.addClassName("otopair-job-totals");
    var tax = new Div(taxRate, saveTax);
    tax.addClassName("otopair-job-tax");
    add(new H3("Estimate"), lines, lineForm, tax, totals);
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
        JobLabels.fact("Approved", t.approvedSubtotal().format()),
        JobLabels.fact(
            "Tax (" + found.taxRate().stripTrailingZeros().toPlainString() + " %)",
            t.tax().format()),
        JobLabels.fact("Total", t.approvedTotal().format()),
        JobLabels.fact("Awaiting approval", t.pending().format()),
        JobLabels.fact("Recommended later", t.declined().format()));
  }

  private void addLine(LineDraft draft) {
    if (jobId != null) {
      changed.accept(estimate.addLine(jobId, draft));
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
