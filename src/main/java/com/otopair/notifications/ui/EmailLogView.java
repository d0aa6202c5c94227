package com.otopair.notifications.ui;

import com.otopair.base.Formats;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.GridColumns;
import com.otopair.notifications.MailLog;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
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
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Admin "Email log": every mail Otopair tried to send, latest first, with its status and last
 * error; searched by recipient or subject and filtered by status, both kept in the address.
 */
@Route("admin/email-log")
@PageTitle("notifications.log.title")
@Menu(order = 112, icon = "vaadin:envelopes", title = "notifications.log.title")
@RolesAllowed(Roles.ADMIN)
class EmailLogView extends Main implements BeforeEnterObserver {

  /** The window of the "last days" filter: the admin's mail failures tile's. */
  static final Duration WITHIN = MailFailuresTile.WITHIN;

  static final String DAYS = String.valueOf(WITHIN.toDays());

  final TextField search = new TextField();
  final Select<MailLog.Status> status = new Select<>();
  final Checkbox recent = new Checkbox();
  final Span total = new Span();
  final Grid<MailLog.Entry> grid = new Grid<>();
  private final MailLog log;

  private final FilterUrl filters;

  EmailLogView(MailLog log) {
    this.log = log;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");

    search.setLabel(getTranslation("notifications.log.search"));
    search.setPlaceholder(getTranslation("notifications.log.search.placeholder"));
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setId("email-log-search");

    status.setLabel(getTranslation("notifications.log.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("notifications.log.all"));
    status.setItems(Arrays.asList(MailLog.Status.values()));
    status.setItemLabelGenerator(
        s -> s == null ? getTranslation("notifications.log.all") : s.label());
    status.setId("email-log-status");
    recent.setLabel(getTranslation("notifications.log.recent", WITHIN.toDays()));
    recent.setId("email-log-recent");
    total.setId("email-log-total");
    total.addClassName("otopair-muted");
    filters =
        FilterUrl.at("admin/email-log", this::refresh)
            .text("q", search)
            .choice("status", status, MailLog.Status.class)
            .add(
                "days",
                recent,
                text -> Optional.of(text.equals(DAYS)).filter(on -> on),
                on -> on ? DAYS : null,
                false);

    grid.addColumn(e -> Formats.current().logged(e.updatedAt()))
        .setHeader(getTranslation("notifications.log.when"))
        .setKey("when")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(MailLog.Entry::recipient)
        .setHeader(getTranslation("notifications.log.to"))
        .setKey("to")
        .setAutoWidth(true);
    grid.addColumn(MailLog.Entry::template)
        .setHeader(getTranslation("notifications.log.template"))
        .setKey("template")
        .setAutoWidth(true);
    grid.addColumn(MailLog.Entry::subject)
        .setHeader(getTranslation("notifications.log.subject"))
        .setKey("subject")
        .setWidth("14rem")
        .setFlexGrow(1);
    grid.addComponentColumn(e -> badge(e.status()))
        .setHeader(getTranslation("notifications.log.status"))
        .setKey("status")
        .setAutoWidth(true);
    var attempts =
        grid.addColumn(MailLog.Entry::attempts)
            .setHeader(getTranslation("notifications.log.attempts"))
            .setKey("attempts")
            .setAutoWidth(true)
            .setFlexGrow(0);
    var error =
        grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
            .setHeader(getTranslation("notifications.log.error"))
            .setKey("error")
            .setWidth("12rem")
            .setFlexGrow(1);
    GridColumns.of(grid)
        .hideBelow(1200, grid.getColumnByKey("template"), attempts)
        .hideBelow(1000, error)
        .cardsBelow(
            640,
            e ->
                GridColumns.card(
                    e.subject(),
                    List.of(
                        e.recipient() + " · " + Formats.current().logged(e.updatedAt()),
                        e.lastError() == null ? "" : e.lastError()),
                    badge(e.status())));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setEmptyStateText(getTranslation("notifications.log.empty"));
    grid.setId("email-log");
    grid.setItems(
        q ->
            log
                .search(
                    search.getValue(),
                    status.getValue(),
                    within(),
                    VaadinSpringDataHelpers.toSpringPageRequest(q))
                .stream());

    var filters = new HorizontalLayout(search, status, recent, total);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);
    filters.addClassName("otopair-filters");
    add(filters, grid);
  }

  private @Nullable Duration within() {
    return recent.getValue() ? WITHIN : null;
  }

  /** Reads the list again and says how many mails it holds. */
  private void refresh() {
    grid.getDataProvider().refreshAll();
    long count = log.count(search.getValue(), status.getValue(), within());
    total.setText(getTranslation("notifications.log.total", Formats.current().count(count)));
  }

  static Badge badge(MailLog.Status status) {
    var badge =
        new Badge(
            status.label(),
            switch (status) {
              case SENT, RETRIED -> Tone.SUCCESS;
              case QUEUED -> Tone.CONTRAST;
              case FAILED -> Tone.ERROR;
            });
    return status == MailLog.Status.RETRIED ? badge.filled() : badge;
  }

  /** Where this list lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }
}
