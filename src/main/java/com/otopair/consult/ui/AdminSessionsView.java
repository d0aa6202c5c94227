package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.Roles;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.Forms;
import com.otopair.base.ui.GridColumns;
import com.otopair.consult.AdminSessions;
import com.otopair.consult.SessionFilter;
import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSupport;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridSortOrder;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.SortDirection;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Support's "Live sessions": every session, newest first, in a lazy grid filtered by state, shop,
 * text and day (kept in the address). A row opens the session's page; an active session can be
 * ended and a paid one that ran refunded, each for a reason the audit log keeps.
 */
@Route("admin/sessions")
@PageTitle("consult.admin.title")
@Menu(order = 109, icon = "vaadin:headset", title = "consult.menu.admin")
@RolesAllowed(Roles.ADMIN)
class AdminSessionsView extends Main implements BeforeEnterObserver {

  final TextField search = new TextField();
  final Select<SessionStatus> status = new Select<>();
  final ComboBox<AdminSessions.ShopChoice> shop =
      new ComboBox<>(getTranslation("consult.admin.shop"));
  final DatePicker from =
      ComponentTexts.localize(new DatePicker(getTranslation("consult.admin.from")));
  final DatePicker to = ComponentTexts.localize(new DatePicker(getTranslation("consult.admin.to")));
  final Grid<AdminSessions.Row> grid = new Grid<>();

  private final AdminSessions admin;
  private final SessionSupport support;
  private final FilterUrl filters;

  AdminSessionsView(AdminSessions admin, SessionSupport support) {
    this.admin = admin;
    this.support = support;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    Forms.search(
        search,
        getTranslation("consult.admin.search.placeholder"),
        getTranslation("consult.admin.search.label"));
    String anyStatus = getTranslation("consult.admin.status.any");
    status.setLabel(getTranslation("consult.admin.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(anyStatus);
    status.setItems(Arrays.asList(SessionStatus.values()));
    status.setItemLabelGenerator(s -> s == null ? anyStatus : s.label());
    List<AdminSessions.ShopChoice> shops = admin.shops();
    shop.setItems(shops);
    shop.setItemLabelGenerator(AdminSessions.ShopChoice::name);
    shop.setClearButtonVisible(true);
    shop.setPlaceholder(getTranslation("consult.admin.shop.any"));
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    filters =
        FilterUrl.at("admin/sessions", this::refresh)
            .text("q", search)
            .choice("status", status, SessionStatus.class)
            .item("shop", shop, shops, choice -> choice.id().toString())
            .date("from", from)
            .date("to", to);

    grid.addComponentColumn(r -> SessionLabels.badge(r.status()))
        .setHeader(getTranslation("consult.admin.column.status"))
        .setSortProperty("status")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AdminSessions.Row::shopName)
        .setHeader(getTranslation("consult.admin.column.shop"))
        .setSortProperty("shopName")
        .setAutoWidth(true);
    var mechanic =
        grid.addColumn(r -> r.mechanicName() == null ? "" : r.mechanicName())
            .setHeader(getTranslation("consult.admin.column.mechanic"))
            .setAutoWidth(true);
    grid.addColumn(AdminSessions.Row::customerName)
        .setHeader(getTranslation("consult.admin.column.customer"))
        .setSortProperty("customerName")
        .setAutoWidth(true);
    var waited =
        grid.addColumn(r -> length(r.waited()))
            .setHeader(getTranslation("consult.admin.column.wait"))
            .setAutoWidth(true)
            .setFlexGrow(0);
    var ran =
        grid.addColumn(r -> r.ran() == null ? "" : length(r.ran()))
            .setHeader(getTranslation("consult.admin.column.duration"))
            .setAutoWidth(true)
            .setFlexGrow(0);
    grid.addColumn(AdminSessions.Row::payment)
        .setHeader(getTranslation("consult.admin.column.payment"))
        .setKey("payment")
        .setAutoWidth(true)
        .setFlexGrow(0);
    var requested =
        grid.addComponentColumn(AdminSessionsView::requestedAt)
            .setHeader(getTranslation("consult.admin.column.requested"))
            .setSortProperty("requestedAt")
            .setAutoWidth(true);
    grid.addComponentColumn(this::actions).setKey("actions").setAutoWidth(true).setFlexGrow(0);
    GridColumns.of(grid)
        .hideBelow(1200, mechanic, waited, ran)
        .cardsBelow(
            640,
            r ->
                GridColumns.card(
                    getTranslation("consult.admin.card.title", r.customerName(), r.shopName()),
                    List.of(
                        Formats.current().shortWhen(r.requestedAt(), r.zone()),
                        r.mechanicName() == null ? "" : r.mechanicName(),
                        r.payment()),
                    SessionLabels.badge(r.status()),
                    actions(r)));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(getTranslation("consult.admin.empty"));
    grid.setId("admin-sessions");
    grid.setMultiSort(false);
    grid.sort(List.of(new GridSortOrder<>(requested, SortDirection.DESCENDING)));
    grid.setItems(
        q -> admin.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
    grid.addItemClickListener(
        e -> getUI().ifPresent(ui -> ui.navigate("sessions/" + e.getItem().id())));

    var bar = new Div(search, status, shop, from, to);
    bar.addClassName("otopair-filters");
    add(bar, grid);
  }

  SessionFilter filter() {
    return new SessionFilter(
        search.getValue(),
        status.getValue(),
        shop.getValue() == null ? null : shop.getValue().id(),
        from.getValue(),
        to.getValue());
  }

  void refresh() {
    grid.getDataProvider().refreshAll();
  }

  /** Where this search lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  /** End (an active session) and Refund (a paid one that ran; otherwise disabled, saying why). */
  Div actions(AdminSessions.Row row) {
    var actions = new Div();
    actions.addClassName("otopair-actions");
    if (row.status() == SessionStatus.ACTIVE) {
      var end =
          new Button(
              getTranslation("consult.admin.end.open"),
              e -> SupportDialogs.end(support, row, this::refresh));
      end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
      actions.add(rowAction(end));
    }
    var refund =
        new Button(
            getTranslation("consult.admin.refund.open"),
            e -> SupportDialogs.refund(support, row, this::refresh));
    refund.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
    if (!row.refundable()) {
      refund.setEnabled(false);
      refund.setTooltipText(
          getTranslation(
              row.free() ? "consult.admin.refund.free" : "consult.admin.refund.not-ended"));
    }
    actions.add(rowAction(refund));
    return actions;
  }

  /** A button in a row acts without also opening the row's session. */
  private static Component rowAction(Button button) {
    button.getElement().addEventListener("click", e -> {}).stopPropagation();
    return button;
  }

  private static Span requestedAt(AdminSessions.Row row) {
    var when = new Span(Formats.current().shortWhen(row.requestedAt(), row.zone()));
    when.setTitle(Formats.current().when(row.requestedAt(), row.zone()));
    return when;
  }

  private static String length(@Nullable Duration duration) {
    return duration == null ? "" : Formats.current().duration((int) duration.toMinutes());
  }
}
