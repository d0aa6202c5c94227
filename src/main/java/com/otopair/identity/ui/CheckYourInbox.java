package com.otopair.identity.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** What a person sees after an email with a link was sent. */
class CheckYourInbox extends Composite<Div> {

  /**
   * @param sentence the key of the sentence that says what was sent, {@code {0}} being the address
   */
  CheckYourInbox(String sentence, String email, boolean devMailbox) {
    var address = new Span(email);
    address.addClassName("otopair-strong");
    Paragraph text = Sentences.paragraph(sentence, address);
    getContent().add(text);
    if (devMailbox) {
      var link = new Anchor("dev/mailbox", getTranslation("identity.dev-mailbox.link"));
      link.setId("dev-mailbox-link");
      var hint = Sentences.paragraph("identity.inbox.dev-mailbox", link);
      hint.addClassName("otopair-small");
      getContent().add(hint);
    }
    getContent().addClassName("otopair-inbox-notice");
  }
}
