package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.ui.Feedback;
import com.otopair.consult.ReportDraft;
import com.otopair.consult.ReportLine;
import com.otopair.consult.ReportPhoto;
import com.otopair.consult.ReportRules;
import com.otopair.consult.ReportUrgency;
import com.otopair.consult.SessionReport;
import com.otopair.consult.SessionReports;
import com.otopair.shops.Offering;
import com.otopair.shops.ShopRules.Problem;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The mechanic writes a session's summary: findings, steps taken, parts and labour lines with their
 * totals in the shop's currency, next steps, how soon, the in-shop service to book and photos of
 * the session. Save keeps a draft; Preview shows exactly the customer's page; Send (confirmed)
 * delivers it. Every field that breaks a rule is marked at once.
 */
class SummaryEditor extends Div {

  final TextArea findings = new TextArea();
  final TextArea steps = new TextArea();
  final Div lines = new Div();
  final Button addLine = new Button();
  final Span grandTotal = new Span();
  final TextArea next = new TextArea();
  final RadioButtonGroup<ReportUrgency> urgency = new RadioButtonGroup<>();
  final Select<Offering> repair = new Select<>();
  final CheckboxGroup<ReportPhoto> photos = new CheckboxGroup<>();
  final Button save = new Button();
  final Button preview = new Button();
  final Button send = new Button();

  private final SessionReports reports;
  private final SessionReport current;
  private final Function<SessionReport, Component> page;
  private final Runnable sent;
  private final List<SummaryLineRow> rows = new ArrayList<>();

  SummaryEditor(
      SessionReports reports,
      SessionReport current,
      List<ReportPhoto> offered,
      List<Offering> services,
      Function<SessionReport, Component> page,
      Runnable sent) {
    this.reports = reports;
    this.current = current;
    this.page = page;
    this.sent = sent;
    addClassName("otopair-summary-editor");
    setId("summary-editor");
    var heading = new H2(getTranslation("consult.summary.editor.heading"));
    heading.addClassName("otopair-page-title");
    var intro =
        new Paragraph(
            getTranslation("consult.summary.editor.intro", current.vehicle(), current.shopName()));
    intro.addClassName("otopair-muted");

    findings.setLabel(getTranslation("consult.summary.field.findings"));
    findings.setRequiredIndicatorVisible(true);
    findings.setValue(current.findings());
    steps.setLabel(getTranslation("consult.summary.field.steps"));
    steps.setValue(current.stepsTaken());
    next.setLabel(getTranslation("consult.summary.field.next"));
    next.setValue(current.nextSteps());
    for (TextArea area : List.of(findings, steps, next)) {
      area.setMaxLength(ReportRules.MAX_TEXT);
      area.setWidthFull();
    }

    lines.setId("summary-lines-editor");
    current.lines().forEach(this::addRow);
    addLine.setText(getTranslation("consult.summary.line.add"));
    addLine.setId("add-line");
    addLine.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    addLine.addClickListener(e -> addRow(null));
    addLine.setIcon(VaadinIcon.PLUS.create());
    grandTotal.setId("summary-grand-total");
    showTotals();

    urgency.setLabel(getTranslation("consult.summary.field.urgency"));
    urgency.setItems(ReportUrgency.values());
    urgency.setItemLabelGenerator(ReportUrgency::label);
    urgency.setValue(current.urgency());

    repair.setLabel(getTranslation("consult.summary.field.repair"));
    repair.setId("summary-repair");
    repair.setItems(services);
    String none = getTranslation("consult.summary.field.repair.none");
    repair.setItemLabelGenerator(o -> o == null ? none : o.name());
    repair.setEmptySelectionCaption(none);
    repair.setEmptySelectionAllowed(true);
    services.stream()
        .filter(o -> Objects.equals(o.id(), current.repairServiceId()))
        .findFirst()
        .ifPresent(repair::setValue);

    photos.setLabel(getTranslation("consult.summary.field.photos"));
    photos.setItems(offered);
    photos.setRenderer(
        new ComponentRenderer<>(
            p ->
                new Image(
                    p.url(), getTranslation("consult.summary.photo-alt", offered.indexOf(p) + 1))));
    photos.addClassName("otopair-summary-photo-picker");
    photos.setValue(
        new LinkedHashSet<>(
            offered.stream().filter(p -> current.photoKeys().contains(p.key())).toList()));
    if (offered.isEmpty()) {
      photos.setHelperText(getTranslation("consult.summary.field.photos.none"));
    }

    save.setText(getTranslation("consult.summary.save"));
    save.setId("save-summary");
    save.addClickListener(
        e -> saved().ifPresent(d -> Feedback.success(getTranslation("consult.summary.saved"))));
    preview.setText(getTranslation("consult.summary.preview"));
    preview.setId("preview-summary");
    preview.addClickListener(e -> openPreview());
    send.setText(getTranslation("consult.summary.send"));
    send.setId("send-summary");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(e -> confirmSend());
    var actions = new Div(save, preview, send);
    actions.addClassName("otopair-actions");

    var linesHeading = new H3(getTranslation("consult.summary.lines"));
    add(
        heading,
        intro,
        findings,
        steps,
        linesHeading,
        lines,
        addLine,
        grandTotal,
        next,
        urgency,
        repair,
        photos,
        actions);
  }

  private void addRow(@Nullable ReportLine line) {
    var row =
        new SummaryLineRow(
            line, current.sessionPrice().currency(), this::showTotals, this::removeRow);
    rows.add(row);
    lines.add(row);
    showTotals();
  }

  private void removeRow(SummaryLineRow row) {
    rows.remove(row);
    lines.remove(row);
    showTotals();
  }

  private void showTotals() {
    rows.forEach(SummaryLineRow::showTotal);
    long sum =
        rows.stream()
            .map(SummaryLineRow::lineTotal)
            .filter(Objects::nonNull)
            .mapToLong(Money::minor)
            .sum();
    grandTotal.setText(
        getTranslation(
            "consult.summary.grand-total",
            Formats.current().money(new Money(sum, current.sessionPrice().currency()))));
    addLine.setEnabled(rows.size() < ReportRules.MAX_LINES);
  }

  /** Marks every field that breaks a rule, all at once; whether the form is valid. */
  boolean validate() {
    boolean ok = SummaryLineRow.mark(findings, ReportRules.findings(findings.getValue()));
    ok &= SummaryLineRow.mark(steps, ReportRules.notes(steps.getValue()));
    ok &= SummaryLineRow.mark(next, ReportRules.notes(next.getValue()));
    for (SummaryLineRow row : rows) {
      ok &= row.validate();
    }
    ok &=
        SummaryLineRow.mark(
            photos,
            photos.getValue().size() > ReportRules.MAX_PHOTOS
                ? new Problem(
                    "consult.report.photos.too-many", String.valueOf(ReportRules.MAX_PHOTOS))
                : null);
    if (!ok) {
      Feedback.error(getTranslation("consult.summary.invalid"));
    }
    return ok;
  }

  /** The form as a draft; call only once {@link #validate()} passed. */
  ReportDraft draft() {
    UUID service = repair.getValue() == null ? null : repair.getValue().id();
    List<String> keys =
        photos
            .getListDataView()
            .getItems()
            .filter(photos.getValue()::contains)
            .map(ReportPhoto::key)
            .toList();
    return new ReportDraft(
        findings.getValue().strip(),
        steps.getValue().strip(),
        rows.stream().map(SummaryLineRow::line).toList(),
        next.getValue().strip(),
        Objects.requireNonNullElse(urgency.getValue(), ReportUrgency.SOON),
        service,
        keys);
  }

  /** Validates and saves the form; the draft saved, or empty when something was refused. */
  Optional<ReportDraft> saved() {
    if (!validate()) {
      return Optional.empty();
    }
    ReportDraft draft = draft();
    try {
      reports.save(current.sessionId(), draft);
      return Optional.of(draft);
    } catch (InvalidRequestException refused) {
      Map<String, HasValidation> fields = new HashMap<>();
      fields.put("findings", findings);
      fields.put("stepsTaken", steps);
      fields.put("nextSteps", next);
      fields.put("repairServiceId", repair);
      fields.put("photos", photos);
      for (int i = 0; i < rows.size(); i++) {
        rows.get(i).fields(i, fields);
      }
      Feedback.show(refused, fields);
      return Optional.empty();
    }
  }

  /** Exactly what the customer will see, from the form as it is (nothing is saved). */
  private void openPreview() {
    if (!validate()) {
      return;
    }
    ReportDraft d = draft();
    SessionReport shown =
        new SessionReport(
            current.sessionId(),
            current.shopId(),
            current.shopName(),
            current.serviceName(),
            current.customerId(),
            current.mechanicId(),
            current.mechanicName(),
            current.vehicle(),
            d.findings(),
            d.stepsTaken(),
            d.nextSteps(),
            d.urgency(),
            d.repairServiceId(),
            d.lines(),
            d.photoKeys(),
            current.sessionPrice(),
            current.sessionFree(),
            null,
            null);
    var dialog = new Dialog();
    dialog.setId("summary-preview");
    dialog.setHeaderTitle(getTranslation("consult.summary.preview.heading"));
    dialog.add(page.apply(shown));
    var close = new Button(getTranslation("consult.summary.preview.close"), e -> dialog.close());
    dialog.getFooter().add(close);
    dialog.setWidth("min(60rem, 100vw)");
    dialog.open();
  }

  private void confirmSend() {
    if (!validate()) {
      return;
    }
    var dialog = new ConfirmDialog();
    dialog.setId("confirm-send");
    dialog.setHeader(getTranslation("consult.summary.send.title"));
    dialog.setText(getTranslation("consult.summary.send.text"));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("consult.summary.send.cancel"));
    dialog.setConfirmText(getTranslation("consult.summary.send.confirm"));
    dialog.addConfirmListener(
        e -> {
          if (saved().isEmpty()) {
            return;
          }
          try {
            reports.send(current.sessionId());
            Feedback.success(getTranslation("consult.summary.sent"));
            sent.run();
          } catch (InvalidRequestException refused) {
            Feedback.error(refused.getMessage());
          }
        });
    dialog.open();
  }
}
