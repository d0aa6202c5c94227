package com.otopair.base.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Outbox;
import com.otopair.base.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Admin "Outbox": the side effects not yet done (emails, audit entries, jobs from bookings),
 * pending, failed with their next try, or dead after their last attempt, each with its payload and
 * the last error, filtered by state (kept in the address: the dashboard's dead-work tile links to
 * the dead ones); retry one now or discard it with a reason (both audited).
 */
@Route("admin/outbox")
@PageTitle("base.outbox.title")
@Menu(order = 125, icon = "vaadin:inbox", title = "base.outbox.title")
@RolesAllowed(Roles.ADMIN)
class OutboxView extends Main implements BeforeEnterObserver {

  final Select<Outbox.State> state = new Select<>();
  final Grid<Outbox.Entry> grid = new Grid<>();
  final Span total = new Span();

  private final Outbox outbox;
  private final FilterUrl filters;

  OutboxView(Outbox outbox) {
    this.outbox = outbox;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    state.setLabel(getTranslation("base.outbox.showing"));
    state.setWidth("16em");
    state.setEmptySelectionAllowed(true);
    state.setEmptySelectionCaption(getTranslation("base.outbox.everything"));
    state.setItems(Arrays.asList(Outbox.State.values()));
    state.setItemLabelGenerator(
        s -> s == null ? getTranslation("base.outbox.everything") : s.label());
    state.setId("outbox-state");
    filters =
        FilterUrl.at("admin/outbox", this::refresh).choice("state", state, Outbox.State.class);
    var reload = new Button(getTranslation("base.outbox.refresh"), e -> refresh());
    reload.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

    grid.addColumn(e -> Formats.current().logged(e.publishedAt()))
        .setHeader(getTranslation("base.outbox.published"))
        .setAutoWidth(true);
    grid.addColumn(Outbox.Entry::listener)
        .setHeader(getTranslation("base.outbox.listener"))
        .setAutoWidth(true);
    grid.addColumn(Outbox.Entry::eventType)
        .setHeader(getTranslation("base.outbox.event"))
        .setAutoWidth(true);
    grid.addComponentColumn(OutboxView::badge)
        .setHeader(getTranslation("base.outbox.state"))
        .setAutoWidth(true);
    grid.addColumn(Outbox.Entry::attempts)
        .setHeader(getTranslation("base.outbox.attempts"))
        .setAutoWidth(true);
    grid.addColumn(e -> when(e.nextTry()))
        .setHeader(getTranslation("base.outbox.next-try"))
        .setAutoWidth(true);
    grid.addColumn(e -> e.lastError() == null ? "" : e.lastError())
        .setHeader(getTranslation("base.outbox.last-error"))
        .setFlexGrow(2)
        .setTooltipGenerator(e -> e.lastError() == null ? "" : e.lastError());
    grid.addComponentColumn(this::actions).setHeader("").setAutoWidth(true).setFlexGrow(0);
    GridColumns.of(grid)
        .cardsBelow(
            640,
            e ->
                GridColumns.card(
                    e.eventType(),
                    List.of(
                        e.listener(),
                        getTranslation(
                            "base.outbox.card.published",
                            Formats.current().logged(e.publishedAt())),
                        e.nextTry() == null
                            ? getTranslation("base.outbox.card.attempts", e.attempts())
                            : getTranslation(
                                "base.outbox.card.attempts-next", e.attempts(), when(e.nextTry())),
                        e.lastError() == null ? "" : e.lastError()),
                    badge(e),
                    actions(e)));
    grid.setItemDetailsRenderer(
        new ComponentRenderer<>(
            e -> {
              var payload = new Pre(e.payload());
              payload.addClassName("otopair-payload");
              return payload;
            }));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(getTranslation("base.outbox.empty"));
    total.addClassName("otopair-muted");
    total.setId("outbox-total");
    var filters = new Div(state, reload, total);
    filters.addClassName("otopair-filters");
    add(filters, grid);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  /** Where this list lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  void refresh() {
    var entries = outbox.list(state.getValue());
    grid.setItems(entries);
    total.setText(getTranslation("base.outbox.total", entries.size()));
  }

  private static String when(@Nullable Instant at) {
    return at == null ? "" : Formats.current().logged(at);
  }

  private static Component badge(Outbox.Entry entry) {
    return new Badge(
        entry.state().label(),
        switch (entry.state()) {
          case PENDING -> Badge.Tone.CONTRAST;
          case FAILED -> Badge.Tone.WARNING;
          case DEAD -> Badge.Tone.ERROR;
        });
  }

  private Component actions(Outbox.Entry entry) {
    var retry = new Button(getTranslation("base.outbox.retry"), e -> retry(entry));
    retry.addThemeVariants(ButtonVariant.LUMO_SMALL);
    var discard = new Button(getTranslation("base.outbox.discard"), e -> confirmDiscard(entry));
    discard.addThemeVariants(
        ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    return new Div(retry, discard);
  }

  void retry(Outbox.Entry entry) {
    try {
      outbox.retry(entry.id());
      Feedback.success(getTranslation("base.outbox.retried", entry.listener()));
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
    refresh();
  }

  void confirmDiscard(Outbox.Entry entry) {
    var dialog = new Dialog(getTranslation("base.outbox.discard.heading", entry.eventType()));
    var reason = new TextArea(getTranslation("base.outbox.discard.reason"));
    reason.setWidthFull();
    reason.setHelperText(getTranslation("base.outbox.discard.help"));
    dialog.add(reason);
    var discard =
        new Button(
            getTranslation("base.outbox.discard.confirm"),
            e -> {
              try {
                outbox.discard(entry.id(), reason.getValue());
                dialog.close();
                Feedback.success(getTranslation("base.outbox.discarded"));
                refresh();
              } catch (InvalidRequestException refused) {
                Feedback.show(refused, Map.of("reason", reason));
              }
            });
    discard.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    discard.setId("confirm-discard");
    dialog
        .getFooter()
        .add(new Button(getTranslation("base.outbox.keep"), e -> dialog.close()), discard);
    dialog.open();
  }
}
