package com.otopair.audit.ui;

import com.otopair.audit.AuditFilter;
import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.Formats;
import com.otopair.base.Roles;
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
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;

/** Admins read who did what: filter by actor, action and date range (UTC). */
@Route("admin/audit")
@PageTitle("Audit log")
@Menu(order = 120, icon = "vaadin:clipboard-text", title = "Audit log")
@RolesAllowed(Roles.ADMIN)
class AuditLogView extends Main {

  final TextField actor = new TextField();
  final ComboBox<String> action = new ComboBox<>("Action");
  final DatePicker from = new DatePicker("From");
  final DatePicker to = new DatePicker("To");
  final Grid<AuditRecord> grid = new Grid<>();

  AuditLogView(AuditLog log) {
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    actor.setLabel("Actor");
    actor.setPlaceholder("Email of who acted");
    actor.setPrefixComponent(VaadinIcon.SEARCH.create());
    actor.setClearButtonVisible(true);
    actor.setValueChangeMode(ValueChangeMode.LAZY);
    action.setItems(log.actions());
    action.setClearButtonVisible(true);
    action.setPlaceholder("Any action");
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    from.addValueChangeListener(e -> to.setMin(e.getValue()));

    grid.addColumn(r -> Formats.current().logged(r.occurredAt()))
        .setHeader("When")
        .setAutoWidth(true);
    grid.addColumn(r -> r.actor() == null ? "—" : r.actor()).setHeader("Actor").setAutoWidth(true);
    grid.addColumn(AuditRecord::action).setHeader("Action").setAutoWidth(true);
    grid.addColumn(AuditRecord::subject).setHeader("Subject").setAutoWidth(true);
    grid.addColumn(AuditRecord::details).setHeader("Details").setFlexGrow(1);
    grid.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress())
        .setHeader("Client address")
        .setAutoWidth(true);
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setEmptyStateText("Nothing recorded for this filter.");
    grid.setItems(
        query -> log.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());

    actor.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    action.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    from.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
    to.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    var filters = new HorizontalLayout(actor, action, from, to);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);
    filters.addClassName("otopair-filters");
    add(filters, grid);
  }

  AuditFilter filter() {
    return new AuditFilter(actor.getValue(), action.getValue(), from.getValue(), to.getValue());
  }
}
