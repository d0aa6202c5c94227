package com.otopair.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;

/** The Otopair logo and word mark, linking home. */
public final class Brand {

  private Brand() {}

  public static Anchor logo() {
    var image = new Image("themes/otopair/logo.svg", "");
    image.addClassName("otopair-brand-mark");
    var word = new Span("Otopair");
    word.addClassName("otopair-brand-word");
    var link = new Anchor("", image, word);
    link.addClassName("otopair-brand");
    link.getElement().setAttribute("aria-label", "Otopair home");
    return link;
  }
}
