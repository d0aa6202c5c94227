package com.otopair.booking.ui;

import com.otopair.base.AccessReads;
import com.otopair.base.ConflictException;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.AdminBookingActions;
import com.otopair.booking.BookingChanged;
import com.otopair.booking.BookingHistoryEntry;
import com.otopair.booking.BookingHistoryReader;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One booking for admins: who, what, when (in the shop's time, its zone named), where, with whom,
 * at what price, where it came from, where it stands and its payment; its timeline, oldest first
 * (held, confirmed, moved, cancelled or done, mails, payments, its job, admins' actions and notes,
 * over the bookings it was moved from and to); and the admin's actions, each in a dialog. Opening
 * it is recorded in the access log, once per visit.
 */
@Route("admin/bookings/:bookingId")
@PageTitle("booking.admin-detail.title")
@RolesAllowed(Roles.ADMIN)
class AdminBookingView extends Main implements BeforeEnterObserver {

  final H2 heading = new H2();
  final Div badges = new Div();
  final Div facts = new Div();
  final Div timeline = new Div();
  final Paragraph zoneNote = new Paragraph();
  final Button cancel = new Button(I18n.t("booking.admin-detail.cancel.open"));
  final Button forceCancel = new Button(I18n.t("booking.admin-detail.force-cancel.open"));
  final Button move = new Button(I18n.t("booking.admin-detail.move.open"));
  final Button resend = new Button(I18n.t("booking.admin-detail.resend"));
  final Button note = new Button(I18n.t("booking.admin-detail.note.open"));

  private final BookingHistoryReader reader;
  private final AdminBookingActions actions;
  private final AccessReads reads;
  private final LiveUpdates live;
  private final Clock clock;
  private BookingHistoryReader.@Nullable Detail shown;
  private @Nullable Registration subscription;

  AdminBookingView(
      BookingHistoryReader reader,
      AdminBookingActions actions,
      AccessReads reads,
      LiveUpdates live,
      Clock clock) {
    this.reader = reader;
    this.actions = actions;
    this.reads = reads;
    this.live = live;
    this.clock = clock;
    addClassName("otopair-page");
    addClassName("otopair-admin-booking");
    heading.addClassName("otopair-page-title");
    heading.setId("admin-booking-heading");
    badges.addClassName("otopair-admin-booking-badges");
    facts.setId("admin-booking-facts");
    facts.addClassName("otopair-admin-booking-facts");
    timeline.setId("admin-booking-timeline");
    timeline.addClassName("otopair-admin-booking-timeline");
    cancel.setId("admin-booking-cancel");
    forceCancel.setId("admin-booking-force-cancel");
    move.setId("admin-booking-move");
    resend.setId("admin-booking-resend");
    note.setId("admin-booking-note");
    move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
    forceCancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
    cancel.addClickListener(e -> booking().ifPresent(b -> cancelDialog(b, false).open()));
    forceCancel.addClickListener(e -> booking().ifPresent(b -> cancelDialog(b, true).open()));
    move.addClickListener(
        e ->
            booking()
                .ifPresent(
                    b -> new AdminMoveDialog(reader, actions, b, clock, this::after).open()));
    note.addClickListener(
        e -> booking().ifPresent(b -> new AdminNoteDialog(actions, b.id(), this::after).open()));
    resend.addClickListener(e -> booking().ifPresent(this::resend));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    BookingHistoryReader.Detail found;
    try {
      UUID id = UUID.fromString(event.getRouteParameters().get("bookingId").orElse(""));
      found = reader.detail(id);
    } catch (IllegalArgumentException | InvalidRequestException unknown) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    UUID id = found.booking().id();
    reads.adminOpenedBooking(id, found.booking().customerId());
    if (subscription != null) {
      subscription.remove();
    }
    subscription =
        live.subscribe(this, BookingChanged.class, e -> id.equals(e.bookingId()), e -> refresh());
    build();
    show(found);
  }

  private Optional<BookingSummary> booking() {
    return Optional.ofNullable(shown).map(BookingHistoryReader.Detail::booking);
  }

  private void build() {
    removeAll();
    var back = new Anchor("admin/bookings", getTranslation("booking.admin-detail.back"));
    back.setId("admin-booking-back");
    var header = new Div(back, heading, badges);
    header.addClassName("otopair-admin-booking-header");
    var bar = new Div(move, cancel, forceCancel, resend, note);
    bar.addClassName("otopair-admin-booking-actions");
    var about = new Div(new H3(getTranslation("booking.admin-detail.about")), facts, bar);
    about.addClassName("otopair-card");
    var story =
        new Div(new H3(getTranslation("booking.admin-detail.timeline")), zoneNote, timeline);
    story.addClassName("otopair-card");
    var cards = new Div(about, story);
    cards.addClassName("otopair-admin-booking-cards");
    add(header, cards);
  }

  private void refresh() {
    BookingHistoryReader.Detail current = shown;
    if (current == null) {
      return;
    }
    try {
      show(reader.detail(current.booking().id()));
    } catch (InvalidRequestException gone) {
      Feedback.error(gone.getMessage());
    }
  }

  /** After a dialog's action: the page again, and what happened. */
  private void after(@Nullable String message) {
    refresh();
    if (message != null) {
      Feedback.success(message);
    }
  }

  void show(BookingHistoryReader.Detail detail) {
    shown = detail;
    BookingSummary b = detail.booking();
    Formats formats = Formats.current();
    heading.setText(
        getTranslation("booking.admin-detail.heading", b.serviceName(), b.customerName()));
    badges.removeAll();
    Badge status = BookingLabels.badge(b);
    status.setId("admin-booking-status");
    Badge source = BookingLabels.source(b);
    source.setId("admin-booking-source");
    badges.add(status, source);

    facts.removeAll();
    fact("customer", b.customerName());
    fact("service", b.serviceName());
    fact("when", formats.when(b.start(), b.zone()));
    fact("shop", b.shopName());
    fact("mechanic", b.mechanicName());
    fact("price", formats.money(b.price()));
    fact(
        "payment",
        detail.paymentState() == null
            ? getTranslation("booking.admin-detail.payment.none")
            : detail.paymentState());
    if (b.vehicle() != null) {
      fact("vehicle", b.vehicle());
    }
    if (detail.endedBy() != null && b.status() != BookingStatus.CONFIRMED) {
      fact("ended-by", detail.endedBy());
    }
    if (b.cancelReason() != null && !b.cancelReason().isBlank()) {
      fact("reason", b.cancelReason());
    }
    if (detail.movedFrom() != null) {
      link("moved-from", detail.movedFrom());
    }
    if (detail.movedTo() != null) {
      link("moved-to", detail.movedTo());
    }

    boolean confirmed = b.status() == BookingStatus.CONFIRMED;
    boolean upcoming = b.start().isAfter(clock.instant());
    cancel.setEnabled(confirmed);
    forceCancel.setEnabled(confirmed || b.status() == BookingStatus.HELD);
    move.setEnabled(confirmed && upcoming);
    resend.setEnabled(confirmed);

    zoneNote.setText(getTranslation("booking.admin-detail.times-in", formats.zone(b.zone())));
    timeline.removeAll();
    if (detail.timeline().isEmpty()) {
      timeline.add(new Paragraph(getTranslation("booking.admin-detail.timeline.empty")));
    }
    for (BookingHistoryEntry entry : detail.timeline()) {
      var when = new Span(formats.shortWhen(entry.at(), b.zone()));
      when.addClassName("otopair-admin-booking-when");
      var kind =
          new Badge(
              getTranslation(
                  "booking.admin-detail.kind." + entry.kind().name().toLowerCase(Locale.ROOT)),
              switch (entry.kind()) {
                case BOOKING -> Badge.Tone.NEUTRAL;
                case EMAIL, AUDIT, NOTE -> Badge.Tone.CONTRAST;
                case PAYMENT -> Badge.Tone.SUCCESS;
                case JOB -> Badge.Tone.WARNING;
              });
      var text = new Span(entry.text());
      text.addClassName("otopair-admin-booking-text");
      var row = new Div(when, kind, text);
      if (entry.link() != null) {
        var more = new Anchor(entry.link(), getTranslation("booking.admin-detail.open-link"));
        more.addClassName("otopair-admin-booking-link");
        row.add(more);
      }
      row.addClassName("otopair-admin-booking-entry");
      row.addClassName("kind-" + entry.kind().name().toLowerCase(Locale.ROOT));
      timeline.add(row);
    }
  }

  private void fact(String key, String value) {
    var label = new Span(getTranslation("booking.admin-detail.fact." + key));
    label.addClassName("otopair-admin-booking-label");
    var text = new Span(value);
    text.setId("admin-booking-" + key);
    var row = new Div(label, text);
    row.addClassName("otopair-admin-booking-fact");
    facts.add(row);
  }

  private void link(String key, UUID bookingId) {
    var label = new Span(getTranslation("booking.admin-detail.fact." + key));
    label.addClassName("otopair-admin-booking-label");
    var anchor =
        new Anchor(
            "admin/bookings/" + bookingId, getTranslation("booking.admin-detail.open-booking"));
    anchor.setId("admin-booking-" + key);
    var row = new Div(label, anchor);
    row.addClassName("otopair-admin-booking-fact");
    facts.add(row);
  }

  private AdminCancelDialog cancelDialog(BookingSummary b, boolean force) {
    return new AdminCancelDialog(actions, b, force, this::after);
  }

  private void resend(BookingSummary b) {
    try {
      actions.resendConfirmation(b.id());
      Feedback.success(getTranslation("booking.admin-detail.resend.done", b.customerName()));
    } catch (ConflictException refused) {
      Feedback.error(refused.getMessage());
    }
    refresh();
  }
}
