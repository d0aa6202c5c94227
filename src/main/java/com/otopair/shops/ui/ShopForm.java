package com.otopair.shops.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PublicLinks;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.base.ui.PlaceField;
import com.otopair.shops.Geocoder;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopRules;
import com.otopair.shops.ShopRules.Problem;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Validator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableFunction;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The shop's details as its owner edits them, on a {@link Binder}: checked while typing (the page
 * address live, the postal code and phone for the chosen country) and all at once on sending, with
 * the rules the service applies again ({@link ShopRules}); placed on the map from the city.
 */
class ShopForm extends Div {

  final TextField name = new TextField(getTranslation("shops.form.name.label"));
  final TextField slug = new TextField(getTranslation("shops.form.slug.label"));
  final TextField street = new TextField(getTranslation("shops.form.street.label"));
  final PlaceField city;
  final TextField region = new TextField(getTranslation("shops.form.region.label"));
  final TextField postalCode = new TextField(getTranslation("shops.form.postal-code.label"));
  final Select<String> country = new Select<>();
  final TextField phone = new TextField(getTranslation("shops.form.phone.label"));
  final ComboBox<String> timeZone = new ComboBox<>(getTranslation("shops.form.time-zone.label"));
  final NumberField latitude = new NumberField(getTranslation("shops.form.latitude.label"));
  final NumberField longitude = new NumberField(getTranslation("shops.form.longitude.label"));
  final TextArea description = new TextArea(getTranslation("shops.form.description.label"));
  final Map<DayOfWeek, Checkbox> open = new HashMap<>();
  final Map<DayOfWeek, TimePicker> opens = new HashMap<>();
  final Map<DayOfWeek, TimePicker> closes = new HashMap<>();

  /** The form's values while they are being edited. */
  static final class Values {
    String name = "";
    String slug = "";
    String street = "";
    @Nullable String city;
    String region = "";
    String postalCode = "";
    String country = "CA";
    String phone = "";
    @Nullable String timeZone;
    String description = "";
    @Nullable Double latitude;
    @Nullable Double longitude;
    final Map<DayOfWeek, Boolean> open = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, @Nullable LocalTime> opens = new EnumMap<>(DayOfWeek.class);
    final Map<DayOfWeek, @Nullable LocalTime> closes = new EnumMap<>(DayOfWeek.class);
  }

  private final ShopService shops;
  private final @Nullable UUID shopId;
  private final Binder<Values> binder = new Binder<>();
  private final Values values;
  private boolean slugEdited;
  private Binder.@Nullable Binding<Values, @Nullable String> cityBinding;
  private boolean placing;

  ShopForm(ShopService shops, PublicLinks links, @Nullable ShopDetails existing) {
    this.shops = shops;
    this.shopId = existing == null ? null : existing.id();
    this.values = existing == null ? blank() : values(existing);
    this.slugEdited = existing != null;
    addClassName("otopair-shop-form");

    slug.setPrefixComponent(new Span(links.display("shops/")));
    slug.setValueChangeMode(ValueChangeMode.LAZY);
    slug.setHelperText(
        getTranslation("shops.form.slug.helper", ShopRules.MIN_SLUG, ShopRules.MAX_SLUG));
    name.setValueChangeMode(ValueChangeMode.LAZY);

    country.setLabel(getTranslation("shops.form.country.label"));
    country.setItems("CA", "US");
    country.setItemLabelGenerator(
        c -> getTranslation(c.equals("CA") ? "shops.form.country.ca" : "shops.form.country.us"));

    city = new PlaceField(getTranslation("shops.form.city.label"), shops::suggestPlaces);
    city.setHelperText(getTranslation("shops.form.city.helper"));

    postalCode.setValueChangeMode(ValueChangeMode.ON_BLUR);
    phone.setValueChangeMode(ValueChangeMode.ON_BLUR);

    timeZone.setItems(
        ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.matches("(America|Canada|US)/.*")) // i18n: zone ids, not words
            .sorted()
            .toList());
    // The zone's id, which owners search by city, and its name in the reader's language.
    timeZone.setItemLabelGenerator(z -> z + " (" + Formats.current().zone(ZoneId.of(z)) + ")");
    latitude.setHelperText(getTranslation("shops.form.latitude.helper"));
    latitude.setStep(0.0001);
    longitude.setStep(0.0001);
    description.setMaxLength(ShopRules.MAX_DESCRIPTION);
    description.setHelperText(
        getTranslation("shops.form.description.helper", ShopRules.MAX_DESCRIPTION));

    var details =
        new FormLayout(
            name,
            slug,
            street,
            city,
            region,
            postalCode,
            country,
            phone,
            timeZone,
            latitude,
            longitude,
            description);
    details.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("640px", 2));
    details.setColspan(description, 2);
    details.setColspan(slug, 2);
    add(details, hours());

    bind();
    binder.setBean(values);

    slug.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            slugEdited = true;
          }
        });
    name.addValueChangeListener(
        e -> {
          if (!slugEdited && shopId == null) {
            slug.setValue(ShopRules.suggestSlug(e.getValue()));
          }
        });
    city.addValueChangeListener(e -> place());
    country.addValueChangeListener(e -> place());
    postalCode.addValueChangeListener(e -> place());
  }

  /** Every rule of the form, shared with the service through {@link ShopRules}. */
  private void bind() {
    binder
        .forField(name)
        .withValidator(rule(ShopRules::nameProblem))
        .bind(v -> v.name, (v, value) -> v.name = value);
    binder
        .forField(slug)
        .withValidator(rule(value -> shops.slugProblem(value.trim(), shopId)))
        .bind(v -> v.slug, (v, value) -> v.slug = value.trim());
    binder
        .forField(street)
        .withValidator(
            rule(value -> ShopRules.requiredProblem(value, "shops.rules.street.required")))
        .bind(v -> v.street, (v, value) -> v.street = value);
    cityBinding =
        binder
            .forField(city)
            .withValidator(
                rule(value -> ShopRules.requiredProblem(value, "shops.rules.city.required")))
            .withValidator(rule(this::cityProblem))
            .bind(v -> v.city, (v, value) -> v.city = value);
    binder
        .forField(region)
        .withValidator(
            rule(value -> ShopRules.requiredProblem(value, "shops.rules.region.required")))
        .bind(v -> v.region, (v, value) -> v.region = value);
    binder
        .forField(postalCode)
        .withValidator(rule(value -> ShopRules.postalCodeProblem(value, chosenCountry())))
        .bind(v -> v.postalCode, (v, value) -> v.postalCode = value);
    binder.forField(country).bind(v -> v.country, (v, value) -> v.country = value);
    binder
        .forField(phone)
        .withValidator(rule(value -> ShopRules.phoneProblem(value, chosenCountry())))
        .bind(v -> v.phone, (v, value) -> v.phone = value);
    binder
        .forField(timeZone)
        .withValidator(rule(ShopRules::timeZoneProblem))
        .bind(v -> v.timeZone, (v, value) -> v.timeZone = value);
    binder
        .forField(latitude)
        .withValidator(
            rule(
                value ->
                    value == null || Math.abs(value) <= 90
                        ? null
                        : new Problem("shops.rules.latitude.range")))
        .bind(v -> v.latitude, (v, value) -> v.latitude = value);
    binder
        .forField(longitude)
        .withValidator(
            rule(
                value ->
                    value == null || Math.abs(value) <= 180
                        ? null
                        : new Problem("shops.rules.longitude.range")))
        .bind(v -> v.longitude, (v, value) -> v.longitude = value);
    binder
        .forField(description)
        .withValidator(rule(ShopRules::descriptionProblem))
        .bind(v -> v.description, (v, value) -> v.description = value);
    for (DayOfWeek day : DayOfWeek.values()) {
      binder
          .forField(open.get(day))
          .bind(v -> v.open.get(day), (v, value) -> v.open.put(day, value));
      binder
          .forField(opens.get(day))
          .withValidator(
              rule(
                  value ->
                      open.get(day).getValue() && value == null
                          ? new Problem("shops.rules.hours.opens.required")
                          : null))
          .bind(v -> v.opens.get(day), (v, value) -> v.opens.put(day, value));
      binder
          .forField(closes.get(day))
          .withValidator(rule(value -> closingProblem(day, value)))
          .bind(v -> v.closes.get(day), (v, value) -> v.closes.put(day, value));
    }
  }

  /** A validator from one of {@link ShopRules}' rules, its problem read in the page's language. */
  private static <T> Validator<T> rule(SerializableFunction<T, @Nullable Problem> problem) {
    return Forms.rule(
        value -> {
          Problem found = problem.apply(value);
          return found == null ? null : found.text();
        });
  }

  /** The country the postal code and phone are checked for (the saved one while filling in). */
  private String chosenCountry() {
    return country.getValue() == null ? values.country : country.getValue();
  }

  private @Nullable Problem closingProblem(DayOfWeek day, @Nullable LocalTime closing) {
    LocalTime opening = opens.get(day).getValue();
    if (!open.get(day).getValue() || opening == null) {
      return null;
    }
    return closing == null
        ? new Problem("shops.rules.hours.closes.required")
        : ShopRules.hoursProblem(opening, closing);
  }

  /**
   * Checks every field at once, marks each that is wrong and brings the first into view.
   *
   * @return whether the form can be sent
   */
  boolean validate() {
    return Forms.validate(binder);
  }

  private Div hours() {
    var rows =
        new Div(
            new H3(getTranslation("shops.hours.title")),
            new Paragraph(getTranslation("shops.form.hours.note")));
    rows.addClassName("otopair-hours");
    for (DayOfWeek day : DayOfWeek.values()) {
      String weekday = Formats.current().weekday(day);
      var isOpen = new Checkbox(weekday);
      var from = new TimePicker();
      var to = new TimePicker();
      from.setStep(Duration.ofMinutes(30));
      to.setStep(Duration.ofMinutes(30));
      from.setAriaLabel(getTranslation("shops.form.hours.opens", weekday));
      to.setAriaLabel(getTranslation("shops.form.hours.closes", weekday));
      isOpen.addValueChangeListener(
          e -> {
            from.setEnabled(e.getValue());
            to.setEnabled(e.getValue());
          });
      open.put(day, isOpen);
      opens.put(day, from);
      closes.put(day, to);
      var row = new Div(isOpen, from, new Span(getTranslation("shops.form.hours.to")), to);
      row.addClassName("otopair-hours-row");
      rows.add(row);
    }
    return rows;
  }

  private static Values blank() {
    var blank = new Values();
    for (DayOfWeek day : DayOfWeek.values()) {
      blank.open.put(day, day.getValue() <= 5);
      blank.opens.put(day, LocalTime.of(8, 0));
      blank.closes.put(day, LocalTime.of(17, 0));
    }
    return blank;
  }

  private static Values values(ShopDetails shop) {
    var current = new Values();
    current.name = shop.name();
    current.slug = shop.slug();
    current.street = shop.street();
    current.country = shop.country();
    current.city = shop.city();
    current.region = shop.region();
    current.postalCode = shop.postalCode();
    current.phone = ShopRules.displayPhone(shop.phone());
    current.timeZone = shop.timeZone();
    current.latitude = shop.latitude();
    current.longitude = shop.longitude();
    current.description = shop.description();
    for (DayOfWeek day : DayOfWeek.values()) {
      var hours = shop.openingHours().stream().filter(h -> h.day() == day).findFirst();
      current.open.put(day, hours.isPresent());
      current.opens.put(day, hours.map(OpeningHours::opens).orElse(LocalTime.of(8, 0)));
      current.closes.put(day, hours.map(OpeningHours::closes).orElse(LocalTime.of(17, 0)));
    }
    return current;
  }

  /**
   * Places the shop from what the owner typed: a city picked from the suggestions ("Kelowna, BC")
   * is written as its name, with its region and country; the postal code's area, nearer the door
   * than the city's centre, gives the position when it is known, else the city; both give the time
   * zone. A postal code alone also names the city when that field is empty.
   */
  private void place() {
    if (placing) {
      return;
    }
    placing = true;
    try {
      String chosen = chosenCountry();
      Optional<Geocoder.Place> town = town(city.getValue(), chosen);
      Optional<Geocoder.Place> area =
          postalCode.isEmpty()
              ? Optional.empty()
              : shops.locatePostalCode(postalCode.getValue(), chosen);
      town.ifPresent(
          found -> {
            boolean picked = !found.city().equals(city.getValue());
            country.setValue(found.country());
            city.setValue(found.city());
            if (region.isEmpty() || picked) {
              region.setValue(found.region());
            }
          });
      if (town.isEmpty() && area.isPresent() && city.isEmpty()) {
        city.setValue(area.get().city());
        region.setValue(area.get().region());
      }
      area.or(() -> town)
          .ifPresent(
              found -> {
                timeZone.setValue(found.timeZone());
                latitude.setValue(found.centre().latitude());
                longitude.setValue(found.centre().longitude());
              });
      if (cityBinding != null && !city.isEmpty()) {
        cityBinding.validate();
      }
    } finally {
      placing = false;
    }
  }

  /** The place a city field's value names: in the chosen country, or where its region says. */
  private Optional<Geocoder.Place> town(@Nullable String typed, String chosen) {
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    return shops
        .locate(typed, chosen)
        .or(() -> typed.contains(",") ? shops.locate(typed, null) : Optional.empty());
  }

  /** A city the map can't place, unless the position was given another way. */
  private @Nullable Problem cityProblem(@Nullable String typed) {
    boolean positioned = latitude.getValue() != null && longitude.getValue() != null;
    return typed == null
            || typed.isBlank()
            || positioned
            || town(typed, chosenCountry()).isPresent()
        ? null
        : new Problem("shops.form.city.unknown");
  }

  /** What the form holds, for the service; call after {@link #validate()}. */
  ShopDraft draft() {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      LocalTime from = values.opens.get(day);
      LocalTime to = values.closes.get(day);
      if (Boolean.TRUE.equals(values.open.get(day)) && from != null && to != null) {
        hours.add(new OpeningHours(day, from, to));
      }
    }
    return new ShopDraft(
        values.name,
        values.slug,
        values.street,
        values.city == null ? "" : values.city,
        values.region,
        values.postalCode,
        values.country,
        values.phone,
        values.timeZone == null ? "" : values.timeZone,
        values.description,
        values.latitude,
        values.longitude,
        hours);
  }

  /** Shows a refused save next to its field. */
  void show(InvalidRequestException refused) {
    Map<String, HasValidation> fields = new HashMap<>();
    fields.put("name", name);
    fields.put("slug", slug);
    fields.put("street", street);
    fields.put("city", city);
    fields.put("region", region);
    fields.put("postalCode", postalCode);
    fields.put("phone", phone);
    fields.put("timeZone", timeZone);
    fields.put("latitude", latitude);
    fields.put("longitude", longitude);
    fields.put("country", country);
    fields.put("description", description);
    Feedback.show(refused, fields);
  }
}
