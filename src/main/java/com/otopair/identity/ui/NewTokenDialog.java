package com.otopair.identity.ui;

import com.otopair.base.ui.Feedback;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.ApiTokens;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

/**
 * A new API token's secret, shown once: it is not stored and cannot be shown again. An operations
 * token's says where it works.
 */
class NewTokenDialog extends Dialog {

  NewTokenDialog(ApiTokens.Issued issued) {
    var secret = new TextField(getTranslation("identity.profile.token.secret"));
    secret.setValue(issued.secret());
    secret.setReadOnly(true);
    secret.setWidthFull();
    secret.setId("new-token-secret");
    var copy = new Button(getTranslation("identity.profile.token.copy"));
    copy.addClickListener(
        e -> {
          copy.getUI()
              .ifPresent(
                  ui ->
                      ui.getPage().executeJs("navigator.clipboard.writeText($0)", issued.secret()));
          Feedback.success(getTranslation("identity.profile.token.copied"));
        });
    setHeaderTitle(getTranslation("identity.profile.token.dialog.title"));
    add(
        new Paragraph(
            getTranslation(
                issued.token().scope() == ApiTokenScope.OPS
                    ? "identity.profile.token.dialog.ops-text"
                    : "identity.profile.token.dialog.text")),
        secret);
    var done = new Button(getTranslation("identity.profile.token.done"), e -> close());
    done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(copy, done);
  }
}
