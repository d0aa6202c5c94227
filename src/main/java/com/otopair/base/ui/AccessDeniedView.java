package com.otopair.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a page their role may not use. */
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage
    implements HasErrorParameter<AccessDeniedException> {

  public AccessDeniedView() {
    super("base.access-denied.title");
  }

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> error) {
    show("base.access-denied.heading", "base.access-denied.text");
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
