package com.otopair.shops.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.PublicLinks;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.GridColumns;
import com.otopair.shops.ShopAdministration;
import com.otopair.shops.ShopFilter;
import com.otopair.shops.ShopStatus;
import com.otopair.shops.ShopStatusChanged;
import com.otopair.shops.ShopSubmitted;
import com.otopair.shops.ShopSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
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
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

/**
 * Admins decide which shops are live: search by name, address or city, filter by status and city,
 * approve, deactivate with a reason the owner is emailed, reactivate. New submissions appear live.
 */
@Route("admin/shops")
@PageTitle("shops.admin.title")
@Menu(order = 105, icon = "vaadin:shop", title = "shops.admin.title")
@RolesAllowed(Roles.ADMIN)
class AdminShopsView extends Main implements BeforeEnterObserver {

  final TextField search = new TextField();
  final Select<ShopStatus> status = new Select<>();
  final TextField city = new TextField(getTranslation("shops.admin.city"));
  final Grid<ShopSummary> grid = new Grid<>();
  final Span total = new Span();
  private final ShopAdministration admin;
  private final FilterUrl filters;

  AdminShopsView(ShopAdministration admin, PublicLinks links, LiveUpdates live) {
    this.admin = admin;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");

    search.setPlaceholder(getTranslation("shops.admin.search"));
    search.setAriaLabel(getTranslation("shops.admin.search.label"));
    search.setId("shops-search");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    String anyStatus = getTranslation("shops.admin.status.any");
    status.setLabel(getTranslation("shops.admin.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(anyStatus);
    status.setItems(Arrays.asList(ShopStatus.values()));
    status.setItemLabelGenerator(s -> s == null ? anyStatus : s.label());
    city.setClearButtonVisible(true);
    city.setValueChangeMode(ValueChangeMode.LAZY);
    filters =
        FilterUrl.at("admin/shops", this::refresh)
            .text("q", search)
            .choice("status", status, ShopStatus.class)
            .text("city", city);

    grid.addColumn(ShopSummary::name)
        .setHeader(getTranslation("shops.admin.shop"))
        .setSortProperty("name")
        .setAutoWidth(true)
        .setTooltipGenerator(shop -> links.display("shops/" + shop.slug()));
    grid.addComponentColumn(AdminShopsView::badge)
        .setHeader(getTranslation("shops.admin.status"))
        .setSortProperty("status")
        .setAutoWidth(true);
    grid.addColumn(ShopSummary::city)
        .setHeader(getTranslation("shops.admin.city"))
        .setSortProperty("city")
        .setAutoWidth(true);
    grid.addColumn(ShopSummary::ownerName)
        .setHeader(getTranslation("shops.admin.owner"))
        .setAutoWidth(true)
        .setTooltipGenerator(ShopSummary::ownerEmail);
    var submitted =
        grid.addColumn(s -> Formats.current().date(s.createdAt(), ZoneOffset.UTC))
            .setHeader(getTranslation("shops.admin.submitted"))
            .setSortProperty("createdAt")
            .setAutoWidth(true);
    grid.addComponentColumn(this::actions)
        .setHeader(getTranslation("shops.admin.actions"))
        .setAutoWidth(true);
    GridColumns.of(grid)
        .hideBelow(1100, submitted)
        .cardsBelow(
            640,
            shop ->
                GridColumns.card(
                    shop.name(),
                    List.of(
                        getTranslation(
                            "shops.admin.card.where",
                            shop.city(),
                            Formats.current().date(shop.createdAt(), ZoneOffset.UTC)),
                        shop.ownerName() + " · " + shop.ownerEmail()),
                    badge(shop),
                    actions(shop)));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(getTranslation("shops.admin.empty"));
    grid.setItems(
        q -> admin.search(filter(), VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());

    total.addClassName("otopair-muted");
    var bar = new HorizontalLayout(search, status, city, total);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    bar.addClassName("otopair-filters");
    add(bar, grid);

    live.subscribe(this, ShopSubmitted.class, e -> refresh());
    live.subscribe(this, ShopStatusChanged.class, e -> refresh());
  }

  ShopFilter filter() {
    return new ShopFilter(search.getValue(), status.getValue(), city.getValue());
  }

  /** Where this search lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  private void refresh() {
    grid.getDataProvider().refreshAll();
    long count = admin.count(filter());
    total.setText(getTranslation("shops.admin.count", count));
  }

  private static Component badge(ShopSummary shop) {
    return new Badge(
        shop.status().label(),
        switch (shop.status()) {
          case ACTIVE -> Tone.SUCCESS;
          case DEACTIVATED -> Tone.ERROR;
          case PENDING_APPROVAL -> Tone.CONTRAST;
        });
  }

  private Component actions(ShopSummary shop) {
    var actions = new Div();
    switch (shop.status()) {
      case PENDING_APPROVAL -> {
        var approve = new Button(getTranslation("shops.admin.approve"), e -> confirmApprove(shop));
        approve.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        actions.add(approve, deactivateButton(shop));
      }
      case ACTIVE ->
          actions.add(
              new Anchor("shops/" + shop.slug(), getTranslation("shops.admin.page")),
              deactivateButton(shop));
      case DEACTIVATED -> {
        var reactivate =
            new Button(
                getTranslation("shops.admin.reactivate"),
                e ->
                    run(
                        () -> admin.reactivate(shop.id()),
                        getTranslation("shops.admin.reactivated", shop.name())));
        reactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        actions.add(reactivate);
      }
    }
    return actions;
  }

  private Button deactivateButton(ShopSummary shop) {
    var deactivate =
        new Button(getTranslation("shops.admin.deactivate"), e -> openDeactivate(shop));
    deactivate.addThemeVariants(
        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    return deactivate;
  }

  void confirmApprove(ShopSummary shop) {
    var dialog =
        new ConfirmDialog(
            getTranslation("shops.admin.approve.title", shop.name()),
            getTranslation("shops.admin.approve.text"),
            getTranslation("shops.admin.approve"),
            e ->
                run(
                    () -> admin.approve(shop.id()),
                    getTranslation("shops.admin.approved", shop.name())));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("shops.admin.cancel"));
    dialog.open();
  }

  void openDeactivate(ShopSummary shop) {
    var reason = new TextArea(getTranslation("shops.admin.deactivate.reason"));
    reason.setWidthFull();
    reason.setMaxLength(ShopAdministration.MAX_REASON);
    var dialog = new ConfirmDialog();
    dialog.setHeader(getTranslation("shops.admin.deactivate.title", shop.name()));
    dialog.add(reason);
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("shops.admin.cancel"));
    dialog.setConfirmText(getTranslation("shops.admin.deactivate"));
    dialog.setConfirmButtonTheme("error primary"); // i18n: theme names
    dialog.setCloseOnEsc(true);
    dialog.addConfirmListener(
        e -> {
          try {
            admin.deactivate(shop.id(), reason.getValue());
            Feedback.success(getTranslation("shops.admin.deactivated", shop.name()));
            refresh();
          } catch (InvalidRequestException refused) {
            Feedback.error(refused.getMessage());
          }
        });
    dialog.open();
  }

  private void run(Runnable action, String success) {
    if (Feedback.run(action, success)) {
      refresh();
    }
  }
}
