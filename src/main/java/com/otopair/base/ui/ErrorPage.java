package com.otopair.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;

/** The friendly frame shared by the not-found, access-denied and error pages. */
abstract class ErrorPage extends Main {

  private final H1 heading = new H1();
  private final Paragraph message = new Paragraph();

  ErrorPage() {
    addClassName("otopair-error-page");
    var home = new Button("Go to the start page", e -> getUI().ifPresent(ui -> ui.navigate("")));
    home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(Brand.logo(), heading, message, home);
  }

  void show(String title, String text) {
    heading.setText(title);
    message.setText(text);
  }
}
