package com.otopair.shops.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PublicLinks;
import com.otopair.base.ui.Feedback;
import com.otopair.shops.Geocoder;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopRules;
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
import com.vaadin.flow.data.value.ValueChangeMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The shop's details as its owner edits them: checked while typing (the page address live, the
 * postal code and phone for the chosen country), placed on the map from the city, and checked again
 * by the service.
 */
class ShopForm extends Div {

  final TextField name = new TextField("Shop name");
  final TextField slug = new TextField("Page address");
  final TextField street = new TextField("Street address");
  final ComboBox<String> city = new ComboBox<>("City");
  final TextField region = new TextField("State or province");
  final TextField postalCode = new TextField("Postal or ZIP code");
  final Select<String> country = new Select<>();
  final TextField phone = new TextField("Phone");
  final ComboBox<String> timeZone = new ComboBox<>("Time zone");
  final NumberField latitude = new NumberField("Latitude");
  final NumberField longitude = new NumberField("Longitude");
  final TextArea description = new TextArea("Description");
  final Map<DayOfWeek, Checkbox> open = new HashMap<>();
  final Map<DayOfWeek, TimePicker> opens = new HashMap<>();
  final Map<DayOfWeek, TimePicker> closes = new HashMap<>();

  private final ShopService shops;
  private final @Nullable UUID shopId;
  private boolean slugEdited;

  ShopForm(ShopService shops, PublicLinks links, @Nullable ShopDetails existing) {
    this.shops = shops;
    this.shopId = existing == null ? null : existing.id();
    addClassName("otopair-shop-form");

    slug.setPrefixComponent(new Span(links.display("shops/")));
    slug.setValueChangeMode(ValueChangeMode.LAZY);
    slug.setHelperText("Lowercase letters, digits and hyphens; 3 to 40 characters");
    slug.addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            slugEdited = true;
          }
          checkSlug();
        });
    name.setValueChangeMode(ValueChangeMode.LAZY);
    name.addValueChangeListener(
        e -> {
          if (!slugEdited && shopId == null) {
            slug.setValue(ShopRules.suggestSlug(e.getValue()));
          }
        });

    country.setLabel("Country");
    country.setItems("CA", "US");
    country.setItemLabelGenerator(c -> c.equals("CA") ? "Canada" : "United States");
    country.setValue("CA");

    city.setItems(shops.knownCities());
    city.setAllowCustomValue(true);
    city.addCustomValueSetListener(e -> city.setValue(e.getDetail()));
    city.setHelperText("Pick your city to place the shop on the map and set its time zone");
    city.addValueChangeListener(e -> placeCity());
    country.addValueChangeListener(e -> placeCity());

    postalCode.setValueChangeMode(ValueChangeMode.ON_BLUR);
    postalCode.addValueChangeListener(
        e ->
            showProblem(postalCode, ShopRules.postalCodeProblem(e.getValue(), country.getValue())));
    phone.setValueChangeMode(ValueChangeMode.ON_BLUR);
    phone.addValueChangeListener(
        e -> showProblem(phone, ShopRules.phoneProblem(e.getValue(), country.getValue())));

    timeZone.setItems(
        ZoneId.getAvailableZoneIds().stream()
            .filter(z -> z.startsWith("America/") || z.startsWith("Canada/") || z.startsWith("US/"))
            .sorted()
            .toList());
    latitude.setHelperText("Filled in from the city; fine-tune it to your door");
    latitude.setStep(0.0001);
    longitude.setStep(0.0001);
    description.setMaxLength(2000);
    description.setHelperText("What you fix, what customers should know. Up to 2,000 characters.");

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

    if (existing != null) {
      fill(existing);
    } else {
      for (DayOfWeek day : DayOfWeek.values()) {
        boolean weekday = day.getValue() <= 5;
        open.get(day).setValue(weekday);
        opens.get(day).setValue(LocalTime.of(8, 0));
        closes.get(day).setValue(LocalTime.of(17, 0));
      }
    }
  }

  private Div hours() {
    var rows = new Div(new H3("Opening hours"), new Paragraph("In the shop's own time zone."));
    rows.addClassName("otopair-hours");
    for (DayOfWeek day : DayOfWeek.values()) {
      var isOpen = new Checkbox(Formats.current().weekday(day));
      var from = new TimePicker();
      var to = new TimePicker();
      from.setStep(Duration.ofMinutes(30));
      to.setStep(Duration.ofMinutes(30));
      from.setAriaLabel(day + " opens");
      to.setAriaLabel(day + " closes");
      isOpen.addValueChangeListener(
          e -> {
            from.setEnabled(e.getValue());
            to.setEnabled(e.getValue());
          });
      open.put(day, isOpen);
      opens.put(day, from);
      closes.put(day, to);
      var row = new Div(isOpen, from, new Span("to"), to);
      row.addClassName("otopair-hours-row");
      rows.add(row);
    }
    return rows;
  }

  private void fill(ShopDetails shop) {
    slugEdited = true;
    name.setValue(shop.name());
    slug.setValue(shop.slug());
    street.setValue(shop.street());
    country.setValue(shop.country());
    city.setValue(shop.city());
    region.setValue(shop.region());
    postalCode.setValue(shop.postalCode());
    phone.setValue(ShopRules.displayPhone(shop.phone()));
    timeZone.setValue(shop.timeZone());
    latitude.setValue(shop.latitude());
    longitude.setValue(shop.longitude());
    description.setValue(shop.description());
    for (DayOfWeek day : DayOfWeek.values()) {
      var hours = shop.openingHours().stream().filter(h -> h.day() == day).findFirst();
      open.get(day).setValue(hours.isPresent());
      opens.get(day).setValue(hours.map(OpeningHours::opens).orElse(LocalTime.of(8, 0)));
      closes.get(day).setValue(hours.map(OpeningHours::closes).orElse(LocalTime.of(17, 0)));
    }
  }

  private void placeCity() {
    if (city.getValue() == null || country.getValue() == null) {
      return;
    }
    shops
        .locate(city.getValue(), country.getValue())
        .ifPresent(
            (Geocoder.Place place) -> {
              if (region.isEmpty()) {
                region.setValue(place.region());
              }
              timeZone.setValue(place.timeZone());
              latitude.setValue(place.centre().latitude());
              longitude.setValue(place.centre().longitude());
            });
  }

  private void checkSlug() {
    showProblem(slug, shops.slugProblem(slug.getValue(), shopId));
  }

  private static void showProblem(HasValidation field, @Nullable String problem) {
    field.setInvalid(problem != null);
    field.setErrorMessage(problem);
  }

  ShopDraft draft() {
    List<OpeningHours> hours = new ArrayList<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      if (open.get(day).getValue()
          && opens.get(day).getValue() != null
          && closes.get(day).getValue() != null) {
        hours.add(new OpeningHours(day, opens.get(day).getValue(), closes.get(day).getValue()));
      }
    }
    return new ShopDraft(
        name.getValue(),
        slug.getValue().trim(),
        street.getValue(),
        city.getValue() == null ? "" : city.getValue(),
        region.getValue(),
        postalCode.getValue(),
        country.getValue(),
        phone.getValue(),
        timeZone.getValue() == null ? "" : timeZone.getValue(),
        description.getValue(),
        latitude.getValue(),
        longitude.getValue(),
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
    fields.put("description", description);
    Feedback.show(refused, fields);
  }
}
