package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * The frame of the pages a visitor sees before signing in (login, sign-up, password reset): the
 * logo, a heading, one sentence, and a card with the form.
 */
public abstract class PublicPage extends Main implements HasDynamicTitle {

  private final H1 heading = new H1();
  private final Paragraph lead = new Paragraph();
  private final Div card = new Div();

  protected PublicPage(String heading, String lead) {
    addClassName("otopair-public-page");
    this.heading.setText(heading);
    this.lead.setText(lead);
    this.lead.addClassName("otopair-lead");
    card.addClassName("otopair-card");
    var top = new Div(Brand.logo(), new LanguageSwitch());
    top.addClassName("otopair-public-top");
    add(top, this.heading, this.lead, card);
  }

  /**
   * The browser tab's title: the page's heading, in the page's language (a public page has no
   * {@code @PageTitle}; its heading is its title).
   */
  @Override
  public String getPageTitle() {
    return heading.getText();
  }

  /** Replaces what the card shows. */
  protected void setCardContent(Component... components) {
    card.removeAll();
    card.add(components);
  }

  protected void setHeading(String heading, String lead) {
    this.heading.setText(heading);
    this.lead.setText(lead);
  }
}
