package com.otopair.crm.ui;

import com.otopair.base.AccessReads;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.FilterUrl;
import com.otopair.crm.CrmFilter;
import com.otopair.crm.CrmReports;
import com.otopair.crm.EntryPoint;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The admins' CRM: the funnel from intake to a follow-up or a booking and the weekly cohorts, for
 * the days, shop and entry point chosen (kept in the address, so a view can be bookmarked), and one
 * customer's timeline.
 */
@Route("admin/crm")
@PageTitle("crm.title")
@Menu(order = 111, icon = "vaadin:funnel", title = "crm.menu")
@RolesAllowed(Roles.ADMIN)
class CrmView extends Main implements BeforeEnterObserver {

  final DatePicker from =
      ComponentTexts.localize(new DatePicker(getTranslation("crm.filter.from")));
  final DatePicker to = ComponentTexts.localize(new DatePicker(getTranslation("crm.filter.to")));
  final ComboBox<CrmReports.ShopChoice> shop = new ComboBox<>(getTranslation("crm.filter.shop"));
  final Select<EntryPoint> entry = new Select<>();
  final Paragraph days = new Paragraph();
  final FunnelCard funnel = new FunnelCard();
  final CohortsCard cohorts = new CohortsCard();
  final TimelineCard timeline;

  private final CrmReports reports;
  private final FilterUrl filters;
  private final LocalDate defaultFrom;
  private final LocalDate defaultTo;

  CrmView(CrmReports reports, AccessReads reads) {
    this.reports = reports;
    this.timeline = new TimelineCard(reports, reads);
    addClassNames("otopair-page", "otopair-crm-page");
    CrmFilter defaults = CrmFilter.lastWeeks(reports.today(null));
    defaultFrom = defaults.from();
    defaultTo = defaults.to();
    from.setId("crm-from");
    to.setId("crm-to");
    from.setValue(defaultFrom);
    to.setValue(defaultTo);
    List<CrmReports.ShopChoice> shops = reports.shops();
    shop.setId("crm-shop");
    shop.setItems(shops);
    shop.setItemLabelGenerator(CrmReports.ShopChoice::name);
    shop.setClearButtonVisible(true);
    shop.setPlaceholder(getTranslation("crm.filter.shop.any"));
    String anyEntry = getTranslation("crm.filter.entry.any");
    entry.setId("crm-entry");
    entry.setLabel(getTranslation("crm.filter.entry"));
    entry.setEmptySelectionAllowed(true);
    entry.setEmptySelectionCaption(anyEntry);
    entry.setItems(Arrays.asList(EntryPoint.values()));
    entry.setItemLabelGenerator(
        point -> point == null ? anyEntry : getTranslation(point.labelKey()));
    days.setId("crm-days");
    days.addClassName("otopair-muted");
    filters =
        FilterUrl.at("admin/crm", this::refresh)
            .add(
                "from",
                from,
                CrmView::date,
                value -> dateOrDefault(value, defaultFrom),
                defaultFrom)
            .add("to", to, CrmView::date, value -> dateOrDefault(value, defaultTo), defaultTo)
            .item("shop", shop, shops, choice -> choice.id().toString())
            .choice("entry", entry, EntryPoint.class)
            .add(
                "customer",
                timeline.customer,
                text -> uuid(text).flatMap(reports::customer),
                choice -> choice.id().toString(),
                null);
    var bar = new Div(from, to, shop, entry);
    bar.addClassNames("otopair-filters", "otopair-crm-filters");
    var boards = new Div(funnel, cohorts);
    boards.addClassName("otopair-crm-boards");
    add(bar, days, boards, timeline);
  }

  CrmFilter filter() {
    return new CrmFilter(
        Optional.ofNullable(from.getValue()).orElse(defaultFrom),
        Optional.ofNullable(to.getValue()).orElse(defaultTo),
        shop.getValue() == null ? null : shop.getValue().id(),
        entry.getValue());
  }

  /** Reads the funnel, the cohorts and the timeline again for the filters as they are. */
  void refresh() {
    from.setInvalid(false);
    to.setInvalid(false);
    CrmFilter filter = filter();
    UUID shopId = filter.shopId();
    days.setText(
        shopId == null
            ? getTranslation("crm.filter.days.utc")
            : getTranslation(
                "crm.filter.days.shop",
                com.otopair.base.Formats.current().zone(reports.zoneOf(shopId))));
    try {
      funnel.show(reports.funnel(filter));
      cohorts.show(reports.cohorts(filter));
    } catch (InvalidRequestException refused) {
      Map<String, HasValidation> fields = Map.of("from", from, "to", to);
      HasValidation field = fields.getOrDefault(refused.field(), to);
      field.setErrorMessage(getTranslation(refused.key(), refused.args()));
      field.setInvalid(true);
      funnel.clear();
      cohorts.clear();
    }
    timeline.show();
  }

  /** Where the page with its current filters lives: what a bookmark brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
    // Days from the address that make no range (the end before the start, years long) give way to
    // the default ones, as any other value the page can't take.
    if (from.isInvalid() || to.isInvalid()) {
      from.setValue(defaultFrom);
      to.setValue(defaultTo);
    }
  }

  private static Optional<LocalDate> date(String text) {
    try {
      return Optional.of(LocalDate.parse(text));
    } catch (DateTimeParseException mangled) {
      return Optional.empty();
    }
  }

  private static @Nullable String dateOrDefault(LocalDate value, LocalDate byDefault) {
    return value.equals(byDefault) ? null : value.toString();
  }

  private static Optional<UUID> uuid(String text) {
    try {
      return Optional.of(UUID.fromString(text));
    } catch (IllegalArgumentException mangled) {
      return Optional.empty();
    }
  }
}
