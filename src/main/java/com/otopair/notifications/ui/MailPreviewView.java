package com.otopair.notifications.ui;

import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.notifications.MailCatalog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Admin "Email previews": any mail template, rendered with the sample values as it would be sent:
 * its subject, the HTML and the plain text. New templates appear here on their own.
 */
@Route("admin/mail-preview")
@PageTitle("notifications.preview.title")
@Menu(order = 113, icon = "vaadin:eye", title = "notifications.preview.title")
@RolesAllowed(Roles.ADMIN)
class MailPreviewView extends Main {

  final RadioButtonGroup<Locale> language = new RadioButtonGroup<>();
  final Select<String> template = new Select<>();
  final Paragraph subject = new Paragraph();
  final IFrame html = new IFrame();
  final Pre text = new Pre();

  private final MailCatalog catalog;
  private final Div preview;

  MailPreviewView(MailCatalog catalog) {
    this.catalog = catalog;
    addClassName("otopair-page");

    language.setLabel(getTranslation("notifications.preview.language"));
    language.setItems(I18n.LOCALES);
    // Each language named in itself: "English", "Français".
    language.setItemLabelGenerator(locale -> I18n.t(locale, "base.language.switch"));
    language.setValue(I18n.current());
    language.setId("mail-preview-language");
    language.addValueChangeListener(e -> show(template.getValue()));
    template.setLabel(getTranslation("notifications.preview.template"));
    template.setPlaceholder(getTranslation("notifications.preview.template.placeholder"));
    template.setItems(catalog.names());
    template.setId("mail-preview-template");
    template.addValueChangeListener(e -> show(e.getValue()));

    subject.setId("mail-preview-subject");
    html.setId("mail-preview-html");
    html.getElement().setAttribute("title", getTranslation("notifications.preview.html.title"));
    // Links in the mail open in a new tab; nothing in the mail runs.
    html.getElement()
        .setAttribute("sandbox", "allow-popups allow-popups-to-escape-sandbox"); // i18n: not words
    html.getStyle().set("width", "100%").set("height", "36rem").set("border", "none");
    text.setId("mail-preview-text");
    text.getStyle().set("white-space", "pre-wrap").set("font-size", "var(--lumo-font-size-s)");

    preview =
        new Div(
            subject,
            new H3(getTranslation("notifications.preview.html")),
            html,
            new H3(getTranslation("notifications.preview.text")),
            text);
    preview.setVisible(false);
    add(new Paragraph(getTranslation("notifications.preview.intro")), language, template, preview);
  }

  private void show(@Nullable String name) {
    if (name == null) {
      preview.setVisible(false);
      return;
    }
    MailCatalog.Preview mail = catalog.preview(name, language.getValue());
    subject.setText(getTranslation("notifications.preview.subject", mail.subject()));
    html.setSrcdoc("<base target=\"_blank\">" + mail.html()); // i18n: HTML
    text.setText(mail.text());
    preview.setVisible(true);
  }
}
