package com.otopair.base.ui;

import com.otopair.base.InvalidRequestException;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.util.Map;

/** How views tell users what happened: a field's error message, or a short notification. */
public final class Feedback {

  private Feedback() {}

  public static void success(String message) {
    Notification.show(message, 4000, Notification.Position.BOTTOM_START)
        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
  }

  public static void error(String message) {
    Notification.show(message, 6000, Notification.Position.MIDDLE)
        .addThemeVariants(NotificationVariant.LUMO_ERROR);
  }

  /**
   * Runs a user's action and says how it went: {@code success} in a notification, or why it was
   * refused.
   *
   * @return whether it succeeded
   */
  public static boolean run(Runnable action, String success) {
    try {
      action.run();
      success(success);
      return true;
    } catch (InvalidRequestException refused) {
      error(refused.getMessage());
      return false;
    }
  }

  /**
   * Shows a refused request next to the field it names (scrolled into view), or as a notification
   * when no field of the form matches.
   */
  public static void show(
      InvalidRequestException refused, Map<String, ? extends HasValidation> fields) {
    HasValidation field = refused.field() == null ? null : fields.get(refused.field());
    if (field != null) {
      field.setErrorMessage(refused.getMessage());
      field.setInvalid(true);
      if (field instanceof HasValue<?, ?> value) {
        Forms.reveal(value);
      }
    } else {
      error(refused.getMessage());
    }
  }
}
