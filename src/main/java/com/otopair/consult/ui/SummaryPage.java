package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.Money;
import com.otopair.consult.ReportLine;
import com.otopair.consult.ReportPhoto;
import com.otopair.consult.SessionReport;
import com.otopair.consult.SummaryRepairs;
import com.otopair.shops.Offering;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A session's summary as its customer reads it (and as its mechanic previews it): who wrote it and
 * about which vehicle, how soon to act, what was found and done, the parts and labour at rough
 * prices with their total, what to do next, the photos, and the way to book the recommended repair
 * at the shop. It prints cleanly.
 */
class SummaryPage extends Div {

  /** Where "Book this repair" leads, when the customer may book it. */
  record Booking(String shopSlug, Offering service) {}

  final Div header = new Div();
  final Div urgency = new Div();

  SummaryPage(
      SessionReport report,
      List<ReportPhoto> photoList,
      ZoneId zone,
      @Nullable Booking booking,
      boolean bookable) {
    addClassName("otopair-summary");
    setId("summary-page");
    var heading = new H2(getTranslation("consult.summary.heading", report.vehicle()));
    heading.addClassName("otopair-page-title");
    var by =
        new Paragraph(
            getTranslation("consult.summary.by", report.mechanicName(), report.shopName()));
    by.addClassName("otopair-muted");
    header.addClassName("otopair-summary-header");
    header.add(heading, by);
    if (report.sentAt() != null) {
      var sent =
          new Paragraph(
              getTranslation(
                  "consult.summary.sent-on", Formats.current().when(report.sentAt(), zone)));
      sent.addClassName("otopair-muted");
      sent.setId("summary-sent");
      header.add(sent);
    }
    urgency.add(SessionLabels.urgency(report.urgency()));
    urgency.setId("summary-urgency");
    add(header, urgency);
    section("summary-findings", "consult.summary.findings", report.findings());
    section("summary-steps", "consult.summary.steps", report.stepsTaken());
    if (!report.lines().isEmpty()) {
      add(new H3(getTranslation("consult.summary.lines")), table(report));
      var rough = new Paragraph(getTranslation("consult.summary.rough"));
      rough.addClassName("otopair-muted");
      add(rough);
    }
    section("summary-next", "consult.summary.next", report.nextSteps());
    if (!photoList.isEmpty()) {
      var photos = new Div();
      photos.addClassName("otopair-job-thumbnails");
      photos.setId("summary-photos");
      int n = 1;
      for (ReportPhoto photo : photoList) {
        var link =
            new Anchor(
                photo.url(),
                new Image(photo.url(), getTranslation("consult.summary.photo-alt", n++)));
        link.setTarget(AnchorTarget.BLANK);
        photos.add(link);
      }
      add(new H3(getTranslation("consult.summary.photos")), photos);
    }
    if (booking != null) {
      add(bookCard(report, booking, bookable));
    }
  }

  private void section(String id, String titleKey, String text) {
    if (text.isBlank()) {
      return;
    }
    var body = new Paragraph(text);
    body.addClassName("otopair-preserve-lines");
    body.setId(id);
    add(new H3(getTranslation(titleKey)), body);
  }

  private Component table(SessionReport report) {
    var table = new NativeTable();
    table.addClassName("otopair-summary-lines");
    table.setId("summary-lines");
    var head =
        new NativeTableRow(
            new NativeTableHeaderCell(getTranslation("consult.summary.column.item")),
            new NativeTableHeaderCell(getTranslation("consult.summary.column.quantity")),
            new NativeTableHeaderCell(getTranslation("consult.summary.column.price")),
            new NativeTableHeaderCell(getTranslation("consult.summary.column.total")));
    table.add(new NativeTableHeader(head));
    var body = new NativeTableBody();
    Formats formats = Formats.current();
    for (ReportLine line : report.lines()) {
      var item =
          new NativeTableCell(
              getTranslation(
                  "consult.summary.item",
                  line.description(),
                  getTranslation(
                      "consult.summary.kind." + line.kind().name().toLowerCase(Locale.ROOT))));
      body.add(
          new NativeTableRow(
              item,
              new NativeTableCell(formats.quantity(line.quantity())),
              new NativeTableCell(formats.amount(line.unitPrice())),
              new NativeTableCell(formats.amount(line.total()))));
    }
    table.add(body);
    var total = new NativeTableCell(getTranslation("consult.summary.total"));
    total.setColspan(3);
    var sum = new NativeTableCell(formats.money(total(report)));
    sum.setId("summary-total");
    table.add(new NativeTableFooter(new NativeTableRow(total, sum)));
    return table;
  }

  /** The sum of the lines, in the shop's currency. */
  static Money total(SessionReport report) {
    long minor = report.lines().stream().mapToLong(line -> line.total().minor()).sum();
    return new Money(minor, report.sessionPrice().currency());
  }

  private Div bookCard(SessionReport report, Booking booking, boolean bookable) {
    var card = new Div();
    card.addClassName("otopair-card");
    card.addClassName("otopair-summary-book");
    var what =
        new Paragraph(getTranslation("consult.summary.recommended", booking.service().name()));
    var button = new Button(getTranslation("consult.summary.book", report.shopName()));
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.setEnabled(bookable);
    if (bookable) {
      var link = new Anchor(SummaryRepairs.followLink(report.sessionId()), button);
      link.setId("book-repair");
      card.add(what, link);
    } else {
      button.setId("book-repair");
      card.add(what, button);
    }
    return card;
  }
}
