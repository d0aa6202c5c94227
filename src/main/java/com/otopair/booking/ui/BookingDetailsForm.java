package com.otopair.booking.ui;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingRules;
import com.otopair.booking.VehicleDetails;
import com.otopair.shops.OfferingCategory;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * What the customer tells the shop when confirming a hold: a saved vehicle or a new one, the
 * problem and a phone number. Every field is checked at once by {@link BookingRules}, the rules the
 * service enforces too; what only the service knows is shown next to its field afterwards.
 */
class BookingDetailsForm extends Composite<FormLayout> {

  /** The choice of describing another vehicle; its label is read in the page's language. */
  static final VehicleDetails NEW_VEHICLE = new VehicleDetails(null, 0, "", "", null, "");

  /** The form's values. */
  public record Entry(
      VehicleDetails vehicle,
      @Nullable Integer year,
      String make,
      String model,
      String vin,
      String plate,
      String problem,
      String phone) {}

  final Select<VehicleDetails> savedVehicle = new Select<>();
  final IntegerField year = new IntegerField(getTranslation("booking.form.year"));
  final TextField make = new TextField(getTranslation("booking.form.make"));
  final TextField model = new TextField(getTranslation("booking.form.model"));
  final TextField vin = new TextField(getTranslation("booking.form.vin"));
  final TextField plate = new TextField(getTranslation("booking.form.plate"));
  final TextArea problem = new TextArea(getTranslation("booking.form.problem"));
  final TextField phone = new TextField(getTranslation("booking.form.phone"));

  private final Binder<Entry> binder = new Binder<>(Entry.class);

  /**
   * @param mine the customer's saved vehicles, the first one preselected
   * @param category the kind of service booked, for a hint that fits it
   * @param thisYear the current year, for the newest model year
   */
  BookingDetailsForm(List<VehicleDetails> mine, OfferingCategory category, int thisYear) {
    savedVehicle.setLabel(getTranslation("booking.form.vehicle"));
    savedVehicle.setItems(Stream.concat(mine.stream(), Stream.of(NEW_VEHICLE)).toList());
    savedVehicle.setItemLabelGenerator(
        v -> v == NEW_VEHICLE ? getTranslation("booking.form.another-vehicle") : v.label());
    savedVehicle.setVisible(!mine.isEmpty());
    savedVehicle.addValueChangeListener(e -> showVehicleFields());
    year.setPlaceholder("2019");
    make.setPlaceholder("Toyota"); // i18n: a make's name, the same in every language
    model.setPlaceholder("Corolla"); // i18n: a model's name, the same in every language
    vin.setHelperText(getTranslation("booking.form.vin.helper"));
    vin.setMaxLength(17);
    plate.setMaxLength(BookingRules.MAX_PLATE_LENGTH);
    problem.setPlaceholder(hint(category));
    problem.setMaxLength(BookingRules.MAX_PROBLEM_LENGTH);
    phone.setPlaceholder("+1 514 555 0123");

    // Bound in the order they show, so the first invalid one is the one scrolled to.
    binder.forField(savedVehicle).bind("vehicle");
    binder
        .forField(year)
        .withValidator(
            Forms.rule(value -> fresh() ? BookingRules.yearProblem(value, thisYear) : null))
        .bind("year");
    binder
        .forField(make)
        .withValidator(Forms.rule(value -> fresh() ? BookingRules.makeProblem(value) : null))
        .bind("make");
    binder
        .forField(model)
        .withValidator(Forms.rule(value -> fresh() ? BookingRules.modelProblem(value) : null))
        .bind("model");
    binder
        .forField(vin)
        .withValidator(Forms.rule(value -> fresh() ? BookingRules.vinProblem(value) : null))
        .bind("vin");
    binder
        .forField(plate)
        .withValidator(Forms.rule(value -> fresh() ? BookingRules.plateProblem(value) : null))
        .bind("plate");
    binder
        .forField(problem)
        .withValidator(Forms.rule(BookingRules::descriptionProblem))
        .bind("problem");
    binder.forField(phone).withValidator(Forms.rule(BookingRules::phoneProblem)).bind("phone");
    binder.readRecord(
        new Entry(mine.isEmpty() ? NEW_VEHICLE : mine.getFirst(), null, "", "", "", "", "", ""));
    showVehicleFields();

    var form = getContent();
    form.add(savedVehicle, year, make, model, vin, plate, problem, phone);
    form.setColspan(problem, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
  }

  /**
   * The details when every field is valid; otherwise marks every invalid field at once, brings the
   * first into view and answers empty.
   */
  Optional<BookingDetails> details() {
    savedVehicle.setInvalid(false);
    if (!Forms.validate(binder)) {
      return Optional.empty();
    }
    try {
      Entry entry = binder.writeRecord();
      VehicleDetails vehicle =
          fresh()
              ? new VehicleDetails(
                  null,
                  entry.year() == null ? 0 : entry.year(),
                  entry.make(),
                  entry.model(),
                  entry.vin(),
                  entry.plate())
              : entry.vehicle();
      return Optional.of(new BookingDetails(vehicle, entry.problem(), entry.phone()));
    } catch (ValidationException changedMeanwhile) {
      Forms.validate(binder);
      return Optional.empty();
    }
  }

  /** Shows what the service refused next to its field (or in a notification). */
  void show(InvalidRequestException refused) {
    Map<String, HasValidation> fields =
        Map.of(
            "vehicle", savedVehicle,
            "year", year,
            "make", make,
            "model", model,
            "vin", vin,
            "plate", plate,
            "problem", problem,
            "phone", phone);
    Feedback.show(refused, fields);
  }

  /** A hint for the problem field that fits the service, never brakes on an oil change. */
  static String hint(OfferingCategory category) {
    return I18n.t(
        switch (category) {
          case BRAKES -> "booking.form.hint.brakes";
          case OIL -> "booking.form.hint.oil";
          case TYRES -> "booking.form.hint.tyres";
          case ELECTRICAL -> "booking.form.hint.electrical";
          case ENGINE -> "booking.form.hint.engine";
          case SUSPENSION -> "booking.form.hint.suspension";
          case AIR_CONDITIONING -> "booking.form.hint.air-conditioning";
          case INSPECTION -> "booking.form.hint.inspection";
          case DIAGNOSTICS, OTHER -> "booking.form.hint.other";
        });
  }

  /** Whether the customer describes a vehicle they haven't saved. */
  private boolean fresh() {
    return savedVehicle.getValue() == null || savedVehicle.getValue() == NEW_VEHICLE;
  }

  private void showVehicleFields() {
    for (Component field : List.<Component>of(year, make, model, vin, plate)) {
      field.setVisible(fresh());
    }
  }
}
