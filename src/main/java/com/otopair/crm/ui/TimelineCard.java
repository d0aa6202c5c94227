package com.otopair.crm.ui;

import com.otopair.base.AccessReads;
import com.otopair.base.Formats;
import com.otopair.crm.CrmReports;
import com.otopair.crm.InteractionKind;
import com.otopair.crm.TimelineEntry;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One customer's timeline: search them by name or email, then every interaction in time order with
 * its kind, shop and entry point, and a link to where an admin sees it.
 */
class TimelineCard extends Div {

  final ComboBox<CrmReports.CustomerChoice> customer = new ComboBox<>();
  final Paragraph note = new Paragraph();
  final CrmTable table =
      new CrmTable(
          "crm-timeline-table",
          List.of(
              getTranslation("crm.timeline.column.when"),
              getTranslation("crm.timeline.column.kind"),
              getTranslation("crm.timeline.column.shop"),
              getTranslation("crm.timeline.column.entry"),
              getTranslation("crm.timeline.column.open")));

  private final CrmReports reports;
  private final AccessReads reads;

  TimelineCard(CrmReports reports, AccessReads reads) {
    this.reports = reports;
    this.reads = reads;
    setId("crm-timeline");
    addClassNames("otopair-card", "otopair-crm-card");
    customer.setId("crm-customer");
    customer.setLabel(getTranslation("crm.timeline.customer"));
    customer.setPlaceholder(getTranslation("crm.timeline.customer.placeholder"));
    customer.setClearButtonVisible(true);
    customer.setItemLabelGenerator(
        choice -> getTranslation("crm.timeline.customer.item", choice.name(), choice.email()));
    customer.setItems(
        query ->
            reports.customers(query.getFilter().orElse("")).stream()
                .skip(query.getOffset())
                .limit(query.getLimit()));
    customer.addClassName("otopair-crm-customer");
    note.setId("crm-timeline-note");
    add(new H2(getTranslation("crm.timeline.title")), customer, note, table);
    show();
  }

  /** The chosen customer's interactions, or what to do to see some. */
  void show() {
    table.clear();
    CrmReports.CustomerChoice chosen = customer.getValue();
    if (chosen == null) {
      note.setText(getTranslation("crm.timeline.pick"));
      table.setVisible(false);
      return;
    }
    reads.read(AccessReads.Subject.USER, chosen.id(), chosen.id(), null);
    List<TimelineEntry> entries = reports.timeline(chosen.id());
    Formats formats = Formats.current();
    for (TimelineEntry entry : entries) {
      List<String> cells =
          List.of(
              formats.logged(entry.occurredAt()),
              getTranslation("crm.kind." + key(entry.kind())),
              entry.shopName() == null ? getTranslation("crm.timeline.no-shop") : entry.shopName(),
              getTranslation(entry.entryPoint().labelKey()));
      table.addRow(cells, link(entry, chosen).orElseGet(Span::new));
    }
    table.setVisible(!entries.isEmpty());
    note.setText(
        entries.isEmpty()
            ? getTranslation("crm.timeline.empty", chosen.name())
            : getTranslation("crm.timeline.count", chosen.name(), entries.size()));
  }

  /** Where an admin sees what the interaction is about, when they have a page for it. */
  private Optional<Component> link(TimelineEntry entry, CrmReports.CustomerChoice who) {
    @Nullable String href =
        switch (entry.kind()) {
          case SESSION ->
              entry.sessionFound()
                  ? "sessions/" + entry.subjectId()
                  : "admin/sessions?" + query(Map.of("q", who.name()));
          case SUMMARY_VIEWED ->
              entry.sessionFound()
                  ? "sessions/" + entry.subjectId() + "/summary"
                  : "admin/sessions?" + query(Map.of("q", who.name()));
          case BOOKING -> "admin/jobs?" + query(Map.of("q", who.name()));
          case REVIEW -> "admin/reviews?" + query(Map.of("show", "ALL", "q", who.name()));
          case FOLLOW_UP -> "admin/sessions?" + query(Map.of("q", who.name()));
          case INTAKE_STARTED, UPSELL_SHOWN, UPSELL_CLICKED -> null;
        };
    if (href == null) {
      return Optional.empty();
    }
    var anchor = new Anchor(href, getTranslation("crm.timeline.open." + key(entry.kind())));
    anchor.addClassName("otopair-crm-open");
    return Optional.of(anchor);
  }

  private static String key(InteractionKind kind) {
    return kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  private static String query(Map<String, String> parameters) {
    return QueryParameters.simple(parameters).getQueryString();
  }
}
