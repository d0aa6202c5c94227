package com.otopair.base.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in user opens a page their role may not use. */
@PageTitle("Not available")
@AnonymousAllowed
public class AccessDeniedView extends ErrorPage
    implements HasErrorParameter<AccessDeniedException> {

  @Override
  public int setErrorParameter(
      BeforeEnterEvent event, ErrorParameter<AccessDeniedException> error) {
    show(
        "This page isn't available to your account",
        "Your role doesn't include this page. Ask an Otopair admin if you think it should.");
    return HttpServletResponse.SC_FORBIDDEN;
  }
}
