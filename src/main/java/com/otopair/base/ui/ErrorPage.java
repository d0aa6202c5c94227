package com.otopair.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The friendly frame shared by the not-found, access-denied and error pages, in the reader's
 * language; its title in the browser's tab is the key its page gives.
 */
abstract class ErrorPage extends Main implements HasDynamicTitle {

  private final String titleKey;
  private final H1 heading = new H1();
  private final Paragraph message = new Paragraph();

  ErrorPage(String titleKey) {
    this.titleKey = titleKey;
    addClassName("otopair-error-page");
    var home =
        new Button(
            getTranslation("base.error-page.home"), e -> getUI().ifPresent(ui -> ui.navigate("")));
    home.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    var top = new Div(Brand.logo(), new LanguageSwitch());
    top.addClassName("otopair-public-top");
    add(top, heading, message, home);
  }

  /** Shows the heading and the sentence of these keys. */
  void show(String headingKey, String textKey, Object... args) {
    heading.setText(getTranslation(headingKey));
    message.setText(getTranslation(textKey, args));
  }

  @Override
  public String getPageTitle() {
    return getTranslation(titleKey);
  }
}
