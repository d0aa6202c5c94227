package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.BookingRules;
import com.otopair.booking.PhoneBooking;
import com.otopair.booking.PhoneBookings;
import com.otopair.booking.SlotTakenException;
import com.otopair.identity.AccountRules;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.ShopDetails;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * "Book for a customer": the shop finds the caller by email or phone (or names them to create their
 * account), picks the service, the mechanic and one of the engine's free slots, and books it. Every
 * field at fault is marked at once; a slot someone else took meanwhile is said next to the slot,
 * and the free slots are listed again.
 */
class PhoneBookingDialog extends Dialog {

  final EmailField email = new EmailField(I18n.t("booking.phone.email"));
  final TextField phone = new TextField(I18n.t("booking.phone.phone"));
  final TextField name = new TextField(I18n.t("booking.phone.name"));
  final Select<Offering> service = new Select<>();
  final Select<ShopDetails.Member> mechanic = new Select<>();
  final DatePicker day = ComponentTexts.localize(new DatePicker(I18n.t("booking.phone.day")));
  final Select<Slot> slot = new Select<>();
  final TextArea problem = new TextArea(I18n.t("booking.phone.problem"));
  final Button book = new Button(I18n.t("booking.phone.book"));

  private final PhoneBookings bookings;
  private final UUID shopId;
  private final ZoneId zone;
  private final Runnable onBooked;

  /**
   * @param mechanics the mechanics the signed-in user may book for: the team for the owner,
   *     themself for a mechanic
   */
  PhoneBookingDialog(
      PhoneBookings bookings,
      ShopDetails shop,
      List<Offering> services,
      List<ShopDetails.Member> mechanics,
      Clock clock,
      Runnable onBooked) {
    this.bookings = bookings;
    this.shopId = shop.id();
    this.zone = ZoneId.of(shop.timeZone());
    this.onBooked = onBooked;
    setHeaderTitle(I18n.t("booking.phone.title"));
    addClassName("otopair-phone-booking");
    setId("phone-booking");

    email.setId("phone-booking-email");
    email.setHelperText(I18n.t("booking.phone.email.helper"));
    email.setMaxLength(AccountRules.MAX_EMAIL_LENGTH);
    phone.setId("phone-booking-phone");
    phone.setMaxLength(30);
    name.setId("phone-booking-name");
    name.setHelperText(I18n.t("booking.phone.name.helper"));
    name.setMaxLength(AccountRules.MAX_NAME_LENGTH);

    service.setLabel(I18n.t("booking.phone.service"));
    service.setItems(services);
    service.setItemLabelGenerator(o -> o.name() + " · " + o.price().format());
    service.setId("phone-booking-service");
    mechanic.setLabel(I18n.t("booking.phone.mechanic"));
    mechanic.setItems(mechanics);
    mechanic.setItemLabelGenerator(ShopDetails.Member::name);
    mechanic.setId("phone-booking-mechanic");
    if (mechanics.size() == 1) {
      mechanic.setValue(mechanics.getFirst());
      mechanic.setReadOnly(true);
    }
    LocalDate today = clock.instant().atZone(zone).toLocalDate();
    day.setMin(today);
    day.setValue(today);
    day.setId("phone-booking-day");
    slot.setLabel(I18n.t("booking.phone.slot"));
    slot.setItemLabelGenerator(s -> SlotLabels.slot(s, zone));
    slot.setEmptySelectionAllowed(false);
    slot.setId("phone-booking-slot");
    problem.setMaxLength(BookingRules.MAX_PROBLEM_LENGTH);
    problem.setId("phone-booking-problem");

    service.addValueChangeListener(e -> listSlots(null));
    mechanic.addValueChangeListener(e -> listSlots(null));
    day.addValueChangeListener(e -> listSlots(null));

    // Who, then what and when: the service and its price, and the time and its price, each on
    // a whole row so they are read in full.
    var form = new FormLayout(email, phone, name, mechanic, service, day, slot, problem);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
    form.setColspan(service, 2);
    form.setColspan(problem, 2);
    setWidth("min(44rem, 100vw)"); // i18n: a CSS length; a phone gets its whole width
    add(new Paragraph(I18n.t("booking.phone.lead")), form);

    book.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    book.addClickListener(e -> submit());
    book.setId("phone-booking-book");
    getFooter().add(new Button(I18n.t("booking.phone.close"), e -> close()), book);
    listSlots(null);
  }

  /**
   * A free time chosen on the schedule, from the address {@code ?book=<start>&mechanic=<id>
   * &service=<id>}; the mechanic and the service may be missing or mangled, the start may not.
   */
  record Prefill(Instant start, @Nullable UUID mechanicId, @Nullable UUID serviceId) {

    static Optional<Prefill> from(QueryParameters query) {
      return query
          .getSingleParameter("book")
          .flatMap(Prefill::instant)
          .map(
              start ->
                  new Prefill(
                      start,
                      query.getSingleParameter("mechanic").flatMap(Prefill::uuid).orElse(null),
                      query.getSingleParameter("service").flatMap(Prefill::uuid).orElse(null)));
    }

    private static Optional<Instant> instant(String text) {
      try {
        return Optional.of(Instant.parse(text));
      } catch (DateTimeParseException mangled) {
        return Optional.empty();
      }
    }

    private static Optional<UUID> uuid(String text) {
      try {
        return Optional.of(UUID.fromString(text));
      } catch (IllegalArgumentException mangled) {
        return Optional.empty();
      }
    }
  }

  /** Prefills the service, the mechanic, the day and the time of a free time of the schedule. */
  void prefill(Prefill free) {
    service
        .getListDataView()
        .getItems()
        .filter(o -> Objects.equals(o.id(), free.serviceId()))
        .findFirst()
        .ifPresent(service::setValue);
    if (!mechanic.isReadOnly()) {
      mechanic
          .getListDataView()
          .getItems()
          .filter(m -> m.userId().equals(free.mechanicId()))
          .findFirst()
          .ifPresent(mechanic::setValue);
    }
    day.setValue(free.start().atZone(zone).toLocalDate());
    listSlots(free.start());
  }

  /** Lists the free slots of the chosen service, mechanic and day; picks {@code wanted} if free. */
  private void listSlots(@Nullable Instant wanted) {
    Offering chosen = service.getValue();
    ShopDetails.Member who = mechanic.getValue();
    LocalDate date = day.getValue();
    if (chosen == null || chosen.id() == null || who == null || date == null) {
      slot.setItems(List.of());
      slot.setHelperText(I18n.t("booking.phone.slot.pick-first"));
      return;
    }
    List<Slot> free;
    try {
      free = bookings.freeSlots(shopId, chosen.id(), who.userId(), date);
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("mechanic", mechanic, "service", service));
      free = List.of();
    }
    slot.setItems(free);
    slot.setHelperText(
        free.isEmpty()
            ? I18n.t("booking.phone.slot.none")
            : I18n.t("booking.phone.slot.count", Formats.current().count(free.size())));
    if (wanted != null) {
      free.stream().filter(s -> s.start().equals(wanted)).findFirst().ifPresent(slot::setValue);
    }
  }

  /** Marks every field at fault at once; books when none is. */
  private void submit() {
    Map<HasValidation, @Nullable String> problems = new LinkedHashMap<>();
    String emailText = email.getValue().strip();
    String phoneText = phone.getValue().strip();
    if (emailText.isEmpty() && phoneText.isEmpty()) {
      problems.put(email, I18n.t("booking.phone.contact.required"));
    } else if (!emailText.isEmpty()) {
      problems.put(email, AccountRules.emailProblem(emailText));
    }
    problems.put(phone, words(AccountRules.phoneProblem(phoneText)));
    problems.put(
        name,
        name.getValue().isBlank()
            ? I18n.t("booking.phone.name.required")
            : words(AccountRules.nameProblem(name.getValue())));
    problems.put(
        service, service.getValue() == null ? I18n.t("booking.phone.service.required") : null);
    problems.put(
        mechanic, mechanic.getValue() == null ? I18n.t("booking.phone.mechanic.required") : null);
    problems.put(day, day.getValue() == null ? I18n.t("booking.phone.day.required") : null);
    problems.put(slot, slot.getValue() == null ? I18n.t("booking.phone.start.required") : null);
    problems.put(problem, BookingRules.descriptionProblem(problem.getValue()));
    boolean valid = true;
    for (var entry : problems.entrySet()) {
      String wrong = entry.getValue();
      entry.getKey().setErrorMessage(wrong);
      entry.getKey().setInvalid(wrong != null);
      valid &= wrong == null;
    }
    if (!valid) {
      return;
    }
    Slot picked = slot.getValue();
    try {
      var booked =
          bookings.book(
              shopId,
              new PhoneBooking(
                  name.getValue(),
                  emailText,
                  phoneText,
                  service.getValue().id(),
                  picked.mechanicId(),
                  picked.start(),
                  problem.getValue()));
      close();
      String when = SlotLabels.when(booked.booking().start(), zone);
      Feedback.success(
          booked.newCustomer()
              ? I18n.t("booking.phone.done.new", booked.booking().customerName(), when)
              : I18n.t("booking.phone.done", booked.booking().customerName(), when));
      onBooked.run();
    } catch (SlotTakenException taken) {
      listSlots(null);
      slot.setErrorMessage(I18n.t("booking.phone.slot-taken"));
      slot.setInvalid(true);
    } catch (InvalidRequestException refused) {
      Feedback.show(
          refused,
          Map.of(
              "customerEmail", email,
              "customerPhone", phone,
              "customerName", name,
              "service", service,
              "mechanic", mechanic,
              "start", slot,
              "problem", problem));
    }
  }

  /** A rule's problem, which may be a key of the bundles, in words. */
  private static @Nullable String words(@Nullable String problem) {
    return problem != null && I18n.isKey(problem) ? I18n.t(problem) : problem;
  }
}
