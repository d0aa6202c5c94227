package com.otopair.base.ui;

import com.otopair.base.I18n;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Turns an unexpected failure in a click or value change into a notification with a reference,
 * logged with its stack trace on the server and never shown in the browser.
 */
@Component
class FriendlyErrors implements VaadinServiceInitListener {

  private static final Logger log = LoggerFactory.getLogger(FriendlyErrors.class);

  @Override
  public void serviceInit(ServiceInitEvent event) {
    event
        .getSource()
        .addSessionInitListener(
            init ->
                init.getSession()
                    .setErrorHandler(
                        error -> {
                          String reference = UUID.randomUUID().toString().substring(0, 8);
                          log.error("Error {} in a UI action", reference, error.getThrowable());
                          if (UI.getCurrent() != null) {
                            Notification notification =
                                Notification.show(
                                    I18n.t("base.error.unexpected", reference),
                                    6000,
                                    Notification.Position.TOP_CENTER);
                            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
                          }
                        }));
  }
}
