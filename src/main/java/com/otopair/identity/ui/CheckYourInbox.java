package com.otopair.identity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** What a person sees after an email with a link was sent. */
class CheckYourInbox extends Composite<Div> {

  CheckYourInbox(String message, String email, boolean devMailbox) {
    var text = new Paragraph(message + " ");
    var address = new Span(email);
    address.addClassName("otopair-strong");
    text.add(address);
    text.add(". Open the link in it to continue.");
    getContent().add(text);
    if (devMailbox) {
      var hint = new Paragraph("This machine has no mail server, so mail lands in the ");
      var link = new Anchor("dev/mailbox", "dev mailbox");
      link.setId("dev-mailbox-link");
      hint.add(link, new Text("."));
      hint.addClassName("otopair-small");
      getContent().add(hint);
    }
    getContent().addClassName("otopair-inbox-notice");
  }
}
