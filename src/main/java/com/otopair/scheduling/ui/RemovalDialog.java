package com.otopair.scheduling.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.scheduling.ScheduleOverride;
import com.otopair.scheduling.TimeOff;
import com.vaadin.flow.component.html.Paragraph;

/** Takes back a changed day or time off, after saying what it was; the removal can be undone. */
class RemovalDialog extends ScheduleDialog {

  private RemovalDialog(ScheduleView view, String reason, String titleKey, Object... args) {
    super(view, titleKey, args);
    if (!reason.isBlank()) {
      add(new Paragraph(reason));
    }
  }

  /** The weekly hours apply again on the override's date. */
  static RemovalDialog of(ScheduleView view, ScheduleOverride override) {
    String date = Formats.current().date(override.date());
    var dialog =
        new RemovalDialog(
            view,
            override.reason(),
            override.isDayOff()
                ? "scheduling.removal.day-off.title"
                : "scheduling.removal.other-hours.title",
            nameOf(view, override.mechanicId()),
            date);
    dialog.footer(
        "scheduling.removal.day.save",
        () ->
            view.attempt(
                () ->
                    view.change(
                        I18n.t("scheduling.removal.day.done", date),
                        () -> {
                          ScheduleOverride removed =
                              view.services().dayChanges().removeOverride(override.id());
                          return new ScheduleView.Undo(
                              I18n.t("scheduling.day.undo", date),
                              () ->
                                  view.services()
                                      .dayChanges()
                                      .setOverride(
                                          view.shop().id(),
                                          removed.mechanicId(),
                                          removed.date(),
                                          removed.start(),
                                          removed.end(),
                                          removed.multiplier(),
                                          removed.reason()));
                        })));
    return dialog;
  }

  /** The mechanic is back at work on those days. */
  static RemovalDialog of(ScheduleView view, TimeOff off) {
    var dialog =
        new RemovalDialog(
            view,
            off.reason(),
            "scheduling.removal.time-off.title",
            nameOf(view, off.mechanicId()),
            Formats.current().date(off.firstDay()),
            Formats.current().date(off.lastDay()));
    dialog.footer(
        "scheduling.removal.time-off.save",
        () ->
            view.attempt(
                () ->
                    view.change(
                        I18n.t("scheduling.removal.time-off.done"),
                        () -> {
                          TimeOff removed = view.services().dayChanges().removeTimeOff(off.id());
                          return new ScheduleView.Undo(
                              I18n.t("scheduling.removal.time-off.undo"),
                              () ->
                                  view.services()
                                      .dayChanges()
                                      .addTimeOff(
                                          view.shop().id(),
                                          removed.mechanicId(),
                                          removed.firstDay(),
                                          removed.lastDay(),
                                          removed.reason()));
                        })));
    return dialog;
  }
}
