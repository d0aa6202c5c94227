package com.otopair.audit.ui;

import com.otopair.audit.AccessChannel;
import com.otopair.audit.AccessFilter;
import com.otopair.audit.AccessLog;
import com.otopair.audit.AccessRecord;
import com.otopair.base.AccessReads;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.GridColumns;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Main;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * Admins read who read whose personal data: newest first, filtered by reader, customer (an email or
 * an id), kind of record, channel, shop and date range (UTC), all in the address. A filter that
 * can't be used (not an email, nobody's email, an end before the start) is marked on its field.
 */
@Route("admin/access-log")
@PageTitle("audit.access.title")
@Menu(order = 121, icon = "vaadin:eye", title = "audit.access.menu")
@RolesAllowed(Roles.ADMIN)
class AccessLogView extends Main implements BeforeEnterObserver {

  final TextField actor = new TextField(getTranslation("audit.access.filter.actor"));
  final TextField customer = new TextField(getTranslation("audit.access.filter.customer"));
  final Select<AccessReads.Subject> subject = new Select<>();
  final Select<AccessChannel> channel = new Select<>();
  final ComboBox<UUID> shop = new ComboBox<>(getTranslation("audit.access.filter.shop"));
  final DatePicker from =
      ComponentTexts.localize(new DatePicker(getTranslation("audit.filter.from")));
  final DatePicker to = ComponentTexts.localize(new DatePicker(getTranslation("audit.filter.to")));
  final Grid<AccessRecord> grid = new Grid<>();
  private final AccessLog log;
  private final FilterUrl filters;

  AccessLogView(AccessLog log) {
    this.log = log;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");
    for (TextField person : List.of(actor, customer)) {
      person.setPrefixComponent(VaadinIcon.SEARCH.create());
      person.setClearButtonVisible(true);
      person.setValueChangeMode(ValueChangeMode.LAZY);
      person.setMaxLength(254);
      // The log marks these fields (refresh): the field's own checks must not clear that on blur.
      person.setManualValidation(true);
    }
    actor.setPlaceholder(getTranslation("audit.access.filter.actor.placeholder"));
    actor.setId("access-actor");
    customer.setPlaceholder(getTranslation("audit.access.filter.customer.placeholder"));
    customer.setId("access-customer");
    subject.setLabel(getTranslation("audit.access.filter.subject"));
    subject.setItems(AccessReads.Subject.values());
    subject.setEmptySelectionAllowed(true);
    subject.setEmptySelectionCaption(getTranslation("audit.access.filter.subject.any"));
    subject.setItemLabelGenerator(
        s -> s == null ? getTranslation("audit.access.filter.subject.any") : subjectLabel(s));
    subject.setId("access-subject");
    channel.setLabel(getTranslation("audit.access.filter.channel"));
    channel.setItems(AccessChannel.values());
    channel.setEmptySelectionAllowed(true);
    channel.setEmptySelectionCaption(getTranslation("audit.access.filter.channel.any"));
    channel.setItemLabelGenerator(
        c -> c == null ? getTranslation("audit.access.filter.channel.any") : c.label());
    channel.setId("access-channel");
    Map<UUID, String> shops = log.shops();
    shop.setItems(shops.keySet());
    shop.setItemLabelGenerator(id -> shops.getOrDefault(id, id.toString()));
    shop.setClearButtonVisible(true);
    shop.setPlaceholder(getTranslation("audit.access.filter.shop.any"));
    shop.setId("access-shop");
    from.setClearButtonVisible(true);
    to.setClearButtonVisible(true);
    to.setManualValidation(true);

    grid.addColumn(r -> Formats.current().logged(r.occurredAt()))
        .setHeader(getTranslation("audit.grid.when"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(AccessLogView::reader)
        .setHeader(getTranslation("audit.access.grid.actor"))
        .setTooltipGenerator(AccessLogView::reader)
        .setWidth("12rem")
        .setFlexGrow(1);
    grid.addColumn(AccessLogView::what)
        .setHeader(getTranslation("audit.access.grid.subject"))
        .setAutoWidth(true);
    grid.addColumn(r -> r.customerEmail() == null ? "—" : r.customerEmail())
        .setHeader(getTranslation("audit.access.grid.customer"))
        .setTooltipGenerator(r -> r.customerEmail() == null ? "" : r.customerEmail())
        .setWidth("12rem")
        .setFlexGrow(1);
    var shopColumn =
        grid.addColumn(r -> r.shopName() == null ? "" : r.shopName())
            .setHeader(getTranslation("audit.access.grid.shop"))
            .setAutoWidth(true);
    grid.addColumn(AccessLogView::how)
        .setHeader(getTranslation("audit.access.grid.channel"))
        .setAutoWidth(true);
    var address =
        grid.addColumn(r -> r.clientAddress() == null ? "" : r.clientAddress())
            .setHeader(getTranslation("audit.grid.client-address"))
            .setAutoWidth(true);
    GridColumns.of(grid)
        .hideBelow(1300, address)
        .hideBelow(1100, shopColumn)
        .cardsBelow(
            640,
            r ->
                GridColumns.card(
                    what(r),
                    List.of(
                        r.customerEmail() == null
                            ? reader(r)
                            : getTranslation(
                                "audit.access.card.whose", reader(r), r.customerEmail()),
                        (r.shopName() == null ? "" : r.shopName() + " · ")
                            + how(r)
                            + " · "
                            + Formats.current().logged(r.occurredAt()))));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setEmptyStateText(getTranslation("audit.access.grid.empty"));
    grid.setId("access-log");

    filters =
        FilterUrl.at("admin/access-log", this::refresh)
            .text("actor", actor)
            .text("customer", customer)
            .choice("kind", subject, AccessReads.Subject.class)
            .choice("channel", channel, AccessChannel.class)
            .item("shop", shop, shops.keySet(), UUID::toString)
            .date("from", from)
            .date("to", to);

    var bar = new HorizontalLayout(actor, customer, subject, channel, shop, from, to);
    bar.setAlignItems(FlexComponent.Alignment.BASELINE);
    bar.setWrap(true);
    bar.addClassNames("otopair-filters", "otopair-access-filters");
    add(bar, grid);
  }

  /**
   * Marks what the filter can't use on its field, all at once; lists nothing until it is fixed,
   * otherwise reads the log again.
   */
  void refresh() {
    Map<String, HasValidation> fields = Map.of("actor", actor, "customer", customer, "to", to);
    fields.values().forEach(field -> field.setInvalid(false));
    List<InvalidRequestException> problems = new ArrayList<>(log.problems(filter()));
    if (from.getValue() != null
        && to.getValue() != null
        && to.getValue().isBefore(from.getValue())) {
      problems.add(new InvalidRequestException("to", "audit.access.filter.to.before-from"));
    }
    if (!problems.isEmpty()) {
      problems.forEach(problem -> Feedback.show(problem, fields));
      grid.setItems(List.of());
      return;
    }
    AccessFilter filter = filter();
    grid.setItems(
        query -> log.search(filter, VaadinSpringDataHelpers.toSpringPageRequest(query)).stream());
  }

  /** "Label of the kind" and the record's id, shortened. */
  static String what(AccessRecord r) {
    return subjectLabel(r.subject()) + " · " + r.subjectId().toString().substring(0, 8);
  }

  static String subjectLabel(AccessReads.Subject subject) {
    return I18n.t("audit.access.subject." + subject.name().toLowerCase(Locale.ROOT));
  }

  /** Who read: their email and role. */
  static String reader(AccessRecord r) {
    return r.actorEmail() + " (" + Roles.label(r.actorRole()) + ")";
  }

  /** "Screen", or "API · token abcd…". */
  static String how(AccessRecord r) {
    return r.tokenHint() == null
        ? r.channel().label()
        : I18n.t("audit.access.channel.api-token", r.tokenHint());
  }

  /** Where this search lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  AccessFilter filter() {
    return new AccessFilter(
        actor.getValue(),
        customer.getValue(),
        subject.getValue(),
        channel.getValue(),
        shop.getValue(),
        from.getValue(),
        to.getValue());
  }
}
