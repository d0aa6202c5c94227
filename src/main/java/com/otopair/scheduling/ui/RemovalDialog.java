package com.otopair.scheduling.ui;

import com.otopair.scheduling.ScheduleOverride;
import com.otopair.scheduling.TimeOff;
import com.vaadin.flow.component.html.Paragraph;

/** Takes back a changed day or time off, after saying what it was; the removal can be undone. */
class RemovalDialog extends ScheduleDialog {

  private RemovalDialog(ScheduleView view, String title, String reason) {
    super(view, title);
    if (!reason.isBlank()) {
      add(new Paragraph(reason));
    }
  }

  /** The weekly hours apply again on the override's date. */
  static RemovalDialog of(ScheduleView view, ScheduleOverride override) {
    var dialog = new RemovalDialog(view, "", override.reason());
    dialog.setHeaderTitle(
        dialog.nameOf(override.mechanicId())
            + ": "
            + (override.isDayOff() ? "day off" : "other hours")
            + " on "
            + override.date());
    dialog.footer(
        "Back to the weekly hours",
        () ->
            view.attempt(
                () ->
                    view.change(
                        "The weekly hours apply again on " + override.date(),
                        () -> {
                          ScheduleOverride removed =
                              view.services().dayChanges().removeOverride(override.id());
                          return new ScheduleView.Undo(
                              "change of " + removed.date(),
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
    var dialog = new RemovalDialog(view, "", off.reason());
    dialog.setHeaderTitle(
        dialog.nameOf(off.mechanicId()) + ": time off " + off.firstDay() + " to " + off.lastDay());
    dialog.footer(
        "Cancel the time off",
        () ->
            view.attempt(
                () ->
                    view.change(
                        "Time off cancelled",
                        () -> {
                          TimeOff removed = view.services().dayChanges().removeTimeOff(off.id());
                          return new ScheduleView.Undo(
                              "cancelled time off",
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
