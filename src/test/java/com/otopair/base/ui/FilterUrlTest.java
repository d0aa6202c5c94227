package com.otopair.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The address is the filter's memory: it round-trips, ignores what it can't read, refreshes once.
 */
class FilterUrlTest {

  private record Shop(String id, String name) {}

  private final TextField search = new TextField();
  private final Select<DayOfWeek> day = new Select<>();
  private final Select<String> role = new Select<>();
  private final ComboBox<Shop> shop = new ComboBox<>();
  private final DatePicker from = new DatePicker();
  private final AtomicInteger refreshes = new AtomicInteger();
  private final List<Shop> shops = List.of(new Shop("s1", "Pit Stop"), new Shop("s2", "Garage"));

  private final FilterUrl filters;

  FilterUrlTest() {
    day.setItems(DayOfWeek.values());
    role.setItems("", "ADMIN", "CUSTOMER");
    role.setValue("");
    shop.setItems(shops);
    filters =
        FilterUrl.at("admin/things", refreshes::incrementAndGet)
            .text("q", search)
            .choice("day", day, DayOfWeek.class)
            .choice("role", role, Set.of("ADMIN", "CUSTOMER"), "")
            .item("shop", shop, shops, Shop::id)
            .date("from", from);
  }

  @Test
  void theAddressFillsEveryFieldAndRefreshesTheListOnce() {
    filters.read(
        QueryParameters.simple(
            Map.of(
                "q", "brakes",
                "day", "MONDAY",
                "role", "ADMIN",
                "shop", "s2",
                "from", "2026-03-09")));

    assertThat(search.getValue()).isEqualTo("brakes");
    assertThat(day.getValue()).isEqualTo(DayOfWeek.MONDAY);
    assertThat(role.getValue()).isEqualTo("ADMIN");
    assertThat(shop.getValue()).isEqualTo(shops.get(1));
    assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(refreshes).hasValue(1);
    assertThat(filters.location().getPath()).isEqualTo("admin/things");
    assertThat(filters.location().getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "q", List.of("brakes"),
                "day", List.of("MONDAY"),
                "role", List.of("ADMIN"),
                "shop", List.of("s2"),
                "from", List.of("2026-03-09")));
  }

  @Test
  void whatTheFieldsCannotTakeIsIgnoredNotAnError() {
    search.setValue("left over");
    filters.read(
        QueryParameters.simple(
            Map.of("day", "FUNDAY", "role", "ROOT", "shop", "s9", "from", "2026-02-30")));

    assertThat(search.getValue()).isEmpty();
    assertThat(day.getValue()).isNull();
    assertThat(role.getValue()).isEmpty();
    assertThat(shop.getValue()).isNull();
    assertThat(from.getValue()).isNull();
    assertThat(filters.location().getPathWithQueryParameters()).isEqualTo("admin/things");
  }

  @Test
  void aChangedFieldRefreshesAndBlankTextLeavesTheAddress() {
    search.setValue("  oil  ");
    assertThat(refreshes).hasValue(1);
    assertThat(filters.location().getPathWithQueryParameters()).isEqualTo("admin/things?q=oil");

    search.setValue("   ");
    assertThat(refreshes).hasValue(2);
    assertThat(filters.location().getPathWithQueryParameters()).isEqualTo("admin/things");
  }

  @Test
  void aSubmittedFormLeavesTheListAloneUntilItIsSent() {
    var query = new TextField();
    var runs = new AtomicInteger();
    var submitted = FilterUrl.at("find", runs::incrementAndGet).onSubmit().text("q", query);

    query.setValue("brakes");
    assertThat(runs).hasValue(0);
    assertThat(submitted.location().getPathWithQueryParameters()).isEqualTo("find?q=brakes");

    submitted.read(QueryParameters.simple(Map.of("q", "tyres")));
    assertThat(query.getValue()).isEqualTo("tyres");
    assertThat(runs).hasValue(1);
  }
}
