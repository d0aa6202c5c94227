package com.otopair.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when opening a page fails unexpectedly: a reference the support team can find in the log,
 * never a stack trace.
 */
@AnonymousAllowed
public class ErrorView extends ErrorPage implements HasErrorParameter<Exception> {

  private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

  public ErrorView() {
    super("base.error-view.title");
  }

  @Override
  public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> error) {
    String reference = UUID.randomUUID().toString().substring(0, 8);
    log.error(
        "Error {} while opening {}", // i18n: a log line
        reference,
        event.getLocation().getPath(),
        error.getCaughtException());
    show("base.error-view.heading", "base.error-view.text", reference);
    return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
  }
}
