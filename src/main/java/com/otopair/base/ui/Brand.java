package com.otopair.base.ui;

import com.otopair.base.I18n;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/** The Otopair logo and word mark, linking home, and the header of the public pages. */
public final class Brand {

  private Brand() {}

  public static Anchor logo() {
    var image = new Image("themes/otopair/logo.svg", "");
    image.addClassName("otopair-brand-mark");
    var word = new Span("Otopair"); // i18n: the brand
    word.addClassName("otopair-brand-word");
    var link = new Anchor("", image, word);
    link.addClassName("otopair-brand");
    link.getElement().setAttribute("aria-label", I18n.t("base.brand.home"));
    return link;
  }

  /**
   * The header of a public page: the logo, and on the right the way to the other language and what
   * is given (a link, buttons).
   */
  public static Header header(Component right) {
    var header = new Header(logo(), new Div(new LanguageSwitch(), right));
    header.addClassName("otopair-landing-header");
    return header;
  }

  /** The header of a public page for visitors: the logo and "Sign in". */
  public static Header header() {
    return header(new Anchor("login", I18n.t("base.nav.sign-in")));
  }
}
