package com.otopair.booking.ui;

import com.otopair.base.ConflictException;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.AdminBookingActions;
import com.otopair.booking.BookingHistoryReader;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.SlotTakenException;
import com.otopair.identity.UserContact;
import com.otopair.scheduling.Slot;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * An admin moves a confirmed booking to another free time and/or mechanic of its shop, chosen among
 * the engine's free slots; it does not count against the customer's reschedule limit. Every field
 * at fault is marked at once; a time someone took meanwhile is said next to the time.
 */
class AdminMoveDialog extends Dialog {

  final ComboBox<UserContact> mechanic =
      new ComboBox<>(I18n.t("booking.admin-detail.move.mechanic"));
  final DatePicker day =
      ComponentTexts.localize(new DatePicker(I18n.t("booking.admin-detail.move.day")));
  final Select<Slot> slot = new Select<>();
  final Button move = new Button(I18n.t("booking.admin-detail.move.confirm"));

  private final BookingHistoryReader reader;
  private final AdminBookingActions actions;
  private final BookingSummary booking;
  private final Map<UUID, String> names = new LinkedHashMap<>();

  AdminMoveDialog(
      BookingHistoryReader reader,
      AdminBookingActions actions,
      BookingSummary booking,
      Clock clock,
      Consumer<@Nullable String> done) {
    this.reader = reader;
    this.actions = actions;
    this.booking = booking;
    setHeaderTitle(I18n.t("booking.admin-detail.move.title"));
    setId("admin-move");
    List<UserContact> mechanics = reader.mechanics(booking.id());
    mechanics.forEach(m -> names.put(m.id(), m.name()));
    mechanic.setItems(mechanics);
    mechanic.setItemLabelGenerator(UserContact::name);
    mechanic.setPlaceholder(I18n.t("booking.admin-detail.move.any"));
    mechanic.setClearButtonVisible(true);
    mechanic.setId("admin-move-mechanic");
    LocalDate today = clock.instant().atZone(booking.zone()).toLocalDate();
    day.setMin(today);
    day.setValue(booking.start().atZone(booking.zone()).toLocalDate());
    day.setId("admin-move-day");
    day.setHelperText(Formats.current().zone(booking.zone()));
    slot.setLabel(I18n.t("booking.admin-detail.move.slot"));
    slot.setItemLabelGenerator(
        s ->
            SlotLabels.slot(s, booking.zone())
                + " · "
                + names.getOrDefault(s.mechanicId(), I18n.t("booking.person.mechanic")));
    slot.setEmptySelectionAllowed(false);
    slot.setId("admin-move-slot");
    mechanic.addValueChangeListener(e -> listSlots());
    day.addValueChangeListener(e -> listSlots());
    var form = new FormLayout(mechanic, day, slot);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32rem", 2));
    form.setColspan(slot, 2);
    add(
        new Paragraph(
            I18n.t(
                "booking.admin-detail.move.lead",
                Formats.current().when(booking.start(), booking.zone()),
                booking.mechanicName())),
        form);
    move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    move.setId("admin-move-confirm");
    move.addClickListener(e -> submit(done));
    getFooter().add(new Button(I18n.t("booking.admin-detail.close"), e -> close()), move);
    listSlots();
  }

  private void listSlots() {
    LocalDate date = day.getValue();
    if (date == null) {
      slot.setItems(List.of());
      slot.setHelperText(I18n.t("booking.admin-detail.move.pick-day"));
      return;
    }
    List<Slot> free;
    try {
      UserContact who = mechanic.getValue();
      free = reader.freeSlots(booking.id(), who == null ? null : who.id(), date);
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
      free = List.of();
    }
    slot.setItems(free);
    slot.setHelperText(
        free.isEmpty()
            ? I18n.t("booking.admin-detail.move.none")
            : I18n.t("booking.admin-detail.move.count", Formats.current().count(free.size())));
  }

  private void submit(Consumer<@Nullable String> done) {
    Map<HasValidation, @Nullable String> problems = new LinkedHashMap<>();
    problems.put(
        day, day.getValue() == null ? I18n.t("booking.admin-detail.move.day.required") : null);
    problems.put(
        slot, slot.getValue() == null ? I18n.t("booking.admin-detail.move.slot.required") : null);
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
      BookingSummary moved = actions.move(booking.id(), picked.mechanicId(), picked.start());
      close();
      done.accept(
          I18n.t(
              "booking.admin-detail.move.done",
              Formats.current().when(moved.start(), moved.zone())));
    } catch (SlotTakenException taken) {
      listSlots();
      slot.setErrorMessage(I18n.t("booking.admin-detail.move.slot-taken"));
      slot.setInvalid(true);
    } catch (ConflictException refused) {
      close();
      Feedback.error(refused.getMessage());
      done.accept(null);
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("start", slot, "day", day, "mechanic", mechanic));
    }
  }
}
