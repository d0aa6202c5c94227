package com.otopair.notifications.ui;

import com.otopair.base.Formats;
import com.otopair.base.LiveUpdates;
import com.otopair.base.ui.GridColumns;
import com.otopair.notifications.DevMailbox;
import com.otopair.notifications.MailCaptured;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The kept mail: a live list filtered by recipient, the selected mail as it renders, and its links.
 * Shown on the public dev mailbox page and in the admins' layout.
 */
class MailboxPanel extends Div {

  private static final Pattern LINK = Pattern.compile("https?://\\S+");

  final TextField recipient = new TextField();
  final Grid<DevMailbox.Mail> grid = new Grid<>();
  final IFrame preview = new IFrame();
  final Div links = new Div();

  MailboxPanel(DevMailbox mailbox, LiveUpdates live, Component... header) {
    addClassName("otopair-mailbox");

    recipient.setPlaceholder(getTranslation("notifications.mailbox.filter"));
    recipient.setPrefixComponent(VaadinIcon.SEARCH.create());
    recipient.setClearButtonVisible(true);
    recipient.setValueChangeMode(ValueChangeMode.LAZY);
    recipient.setWidthFull();
    recipient.setId("mailbox-recipient");
    recipient.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

    grid.addColumn(DevMailbox.Mail::to)
        .setHeader(getTranslation("notifications.mailbox.to"))
        .setAutoWidth(true);
    grid.addColumn(DevMailbox.Mail::subject)
        .setHeader(getTranslation("notifications.mailbox.subject"))
        .setFlexGrow(1);
    grid.addColumn(m -> Formats.current().logged(m.sentAt()))
        .setHeader(getTranslation("notifications.mailbox.sent"))
        .setAutoWidth(true);
    GridColumns.of(grid)
        .cardsBelow(
            640,
            m ->
                GridColumns.card(
                    m.subject(), List.of(m.to(), Formats.current().logged(m.sentAt()))));
    grid.setEmptyStateText(getTranslation("notifications.mailbox.empty"));
    grid.setId("mailbox-grid");
    grid.setItems(
        query ->
            mailbox
                .list(recipient.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(query))
                .stream());
    grid.asSingleSelect().addValueChangeListener(e -> show(e.getValue()));
    live.subscribe(this, MailCaptured.class, mail -> grid.getDataProvider().refreshAll());

    preview.setId("mailbox-preview");
    preview.addClassName("otopair-mailbox-preview");
    preview.getElement().setAttribute("title", getTranslation("notifications.mailbox.preview"));
    preview.setVisible(false);

    links.addClassName("otopair-mailbox-links");
    var list = new Div(header);
    list.add(recipient, grid, links);
    list.addClassName("otopair-mailbox-list");
    add(list, preview);
  }

  private void show(DevMailbox.@Nullable Mail mail) {
    links.removeAll();
    if (mail == null) {
      preview.setVisible(false);
      return;
    }
    // Links in the mail open in the whole window, not inside the preview.
    preview.setSrcdoc("<base target=\"_top\">" + mail.html()); // i18n: HTML
    preview.setVisible(true);
    Matcher matcher = LINK.matcher(mail.text());
    int index = 0;
    while (matcher.find()) {
      var link = new Anchor(matcher.group(), matcher.group());
      link.setId("mailbox-link-" + index++);
      links.add(new Paragraph(link));
    }
  }
}
