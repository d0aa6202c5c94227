package com.otopair.audit.ui;

import com.otopair.audit.AuditFilter;
import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.GridColumns;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Locale;

/** Admins read who did what: filter by actor, action and date range (UTC). */
@Route("admin/audit")
@PageTitle("audit.title")
@Menu(order = 120, icon = "vaadin:clipboard-text", title = "audit.menu")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Main implements BeforeEnterObserver {

  final TextField actor = new TextField();
  final ComboBox<String> action = new ComboBox<>(getTranslation("audit.filter.action"));
  final DatePicker from =
      ComponentTexts.localize(new DatePicker(getTranslation("audit.filter.from")));
  final DatePicker to = ComponentTexts.localize(new DatePicker(getTranslation("audit.filter.to")));
  final Grid<AuditRecord> grid = new Grid<>();
  private final FilterUrl filters;

  AuditLogView(AuditLog log) {
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    actor.setLabel(getTranslation("audit.filter.actor"));
    actor.setPlaceholder(getTranslation("audit.filter.actor.placeholder"));
    actor.setPrefixComponent(VaadinIcon.SEARCH.create());
    actor.setClearButtonVisible(true);
    actor.setValueChangeMode(ValueChangeMode.LAZY);
    List<String> actions = log.actions();
    action.setItems(actions);
    action.setItemLabelGenerator(AuditLogView::actionLabel);
    action.setClearButtonVisible(true);
    action.setPlaceholder(getTranslation("audit.filter.action.any"));
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    from.addValueChangeListener(e -> to.setMin(e.getValue()));

    grid.addColumn(r -> Formats.current().logged(r.occurredAt()))
        .setHeader(getTranslation("audit.grid.when"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.actor() == null ? "—" : r.actor())
        .setHeader(getTranslation("audit.grid.actor"))
        .setAutoWidth(true);
    grid.addColumn(r -> actionLabel(r.action()))
        .setHeader(getTranslation("audit.grid.action"))
        .setAutoWidth(true);
    grid.addColumn(AuditRecord::subject)
        .setHeader(getTranslation("audit.grid.subject"))
        .setAutoWidth(true);
    grid.addColumn(AuditLogView::details)
        .setHeader(getTranslation("audit.grid.details"))
        .setFlexGrow(1);
    var address =
        grid.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress())
            .setHeader(getTranslation("audit.grid.client-address"))
            .setAutoWidth(true);
    GridColumns.of(grid)
        .hideBelow(1200, address)
        .cardsBelow(
            640,
            r ->
                GridColumns.card(
                    actionLabel(r.action()),
                    List.of(
                        r.subject(),
                        details(r),
                        (r.actor() == null ? "—" : r.actor())
                            + " · "
                            + Formats.current().logged(r.occurredAt()))));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setEmptyStateText(getTranslation("audit.grid.empty"));
    grid.setItems(
        query -> log.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

    filters =
        FilterUrl.at("admin/audit", () -> grid.getDataProvider().refreshAll())
            .text("actor", actor)
            .item("action", action, actions, name -> name)
            .date("from", from)
            .date("to", to);

    var bar = new HorizontalLayout(actor, action, from, to);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    bar.addClassName("otopair-filters");
    add(bar, grid);
  }

  /**
   * An action as people read it ("Account suspended", "Compte suspendu"): its key is {@code
   * audit.action.} and its name in lower case with hyphens; an action without one shows its name.
   */
  static String actionLabel(String action) {
    String key = "audit.action." + action.toLowerCase(Locale.ROOT).replace('_', '-');
    return I18n.isKey(key) && I18n.has(key) ? I18n.t(key) : action;
  }

  /**
   * What a line says, in the reader's language when it names a sentence of the bundles; a line
   * written before keys, or with a key this version does not know, shows the English it was written
   * with.
   */
  static String details(AuditRecord record) {
    String key = record.detailsKey();
    return key != null && I18n.has(key)
        ? I18n.t(key, record.detailsArgs().toArray())
        : record.details();
  }

  /** Where this search lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  AuditFilter filter() {
    return new AuditFilter(actor.getValue(), action.getValue(), from.getValue(), to.getValue());
  }
}
