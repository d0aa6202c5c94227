package com.otopair.booking.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.BookingCheckout;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.MyBookings;
import com.otopair.booking.Quotes;
import com.otopair.booking.SlotTakenException;
import com.otopair.scheduling.Slot;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.ServiceMenu;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A held slot: its price locked for 10 minutes (with a countdown), and the details the shop needs
 * to confirm it. Opening this page places the hold; a visitor who had to sign in lands back here.
 */
@Route("book/:slug/hold")
@PageTitle("booking.booking.title")
@PermitAll
class HoldView extends Main implements BeforeEnterObserver {

  @Nullable BookingDetailsForm form;
  final Button confirm = new Button(getTranslation("booking.hold.confirm"));
  final Button pay = new Button();

  private final BookingHolds bookings;
  private final MyBookings mine;
  private final Quotes quotes;
  private final ServiceMenu menu;
  private final Clock clock;
  private @Nullable BookingSummary held;

  HoldView(BookingHolds bookings, MyBookings mine, Quotes quotes, ServiceMenu menu, Clock clock) {
    this.mine = mine;
    this.quotes = quotes;
    this.bookings = bookings;
    this.menu = menu;
    this.clock = clock;
    addClassNames("otopair-page", "otopair-hold");
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    removeAll();
    String slug = event.getRouteParameters().get("slug").orElse("");
    var query = event.getLocation().getQueryParameters();
    try {
      Optional<UUID> offered = query.getSingleParameter("hold").map(UUID::fromString);
      if (offered.isPresent()) {
        // A slot held for the customer by the waitlist: confirm it, don't take another.
        BookingSummary waiting = mine.booking(offered.get());
        if (waiting.status() != BookingStatus.HELD) {
          throw new InvalidRequestException("booking.hold.not-yours");
        }
        held = waiting;
        if (query.getSingleParameter("payment").isPresent()) {
          bookings.abandonPayment(waiting.id());
          Feedback.success(getTranslation("booking.hold.payment-cancelled"));
        }
        showHold(waiting);
        return;
      }
      UUID shopId = quotes.shopOf(slug);
      UUID service = UUID.fromString(query.getSingleParameter("service").orElse(""));
      Instant start = Instant.parse(query.getSingleParameter("start").orElse(""));
      UUID mechanic = query.getSingleParameter("mechanic").map(UUID::fromString).orElse(null);
      UUID session = query.getSingleParameter("session").map(UUID::fromString).orElse(null);
      held = bookings.hold(shopId, service, mechanic, start, session);
      showHold(held);
    } catch (SlotTakenException taken) {
      showTaken(slug, query, taken);
    } catch (InvalidRequestException refused) {
      showRefused(slug, query, refused.getMessage());
    } catch (IllegalArgumentException | DateTimeParseException broken) {
      showRefused(slug, query, getTranslation("booking.hold.link-incomplete"));
    }
  }

  private void showHold(BookingSummary held) {
    var heading = new H2(getTranslation("booking.card.title", held.serviceName(), held.shopName()));
    heading.setId("hold-heading");
    var when =
        new Paragraph(
            getTranslation(
                "booking.hold.with",
                SlotLabels.when(held.start(), held.zone()),
                held.mechanicName()));
    when.setId("hold-when");
    var price = new Paragraph(held.price().format() + SlotLabels.peak(held.multiplier()));
    price.addClassName("otopair-strong");
    var countdown = new Span();
    countdown.setId("hold-countdown");
    countdown.addClassName("otopair-countdown");
    long remaining =
        Math.max(0, Duration.between(clock.instant(), held.holdExpiresAt()).toMillis());
    countdown.setText(getTranslation("booking.hold.countdown", "10:00"));
    countdown
        .getElement()
        .executeJs(
            """
            const end = Date.now() + $0; const el = this;
            const tick = () => {
              const s = Math.max(0, Math.round((end - Date.now()) / 1000));
              el.textContent = s > 0
                ? $1.replace('{time}', Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'))
                : $2;
              if (s > 0) setTimeout(tick, 1000);
            };
            tick();""",
            remaining,
            getTranslation("booking.hold.countdown", "{time}"),
            getTranslation("booking.hold.countdown.over"));
    var summary = new Div(heading, when, price, countdown);
    summary.addClassName("otopair-card");

    OfferingCategory category =
        menu.publicMenu(held.shopId()).stream()
            .filter(o -> held.offeringId().equals(o.id()))
            .map(Offering::category)
            .findFirst()
            .orElse(OfferingCategory.OTHER);
    var form = new BookingDetailsForm(mine.vehicles(), category, LocalDate.now(clock).getYear());
    this.form = form;

    var option = bookings.paymentOption(held.shopId());
    confirm.setId("confirm-booking");
    confirm.addClickListener(e -> confirm(false));
    pay.setId("pay-booking");
    pay.setText(getTranslation("booking.hold.pay", held.price().format()));
    pay.addClickListener(e -> confirm(true));
    pay.setVisible(option != BookingCheckout.Option.AT_SHOP);
    confirm.setVisible(option != BookingCheckout.Option.ONLINE);
    if (option == BookingCheckout.Option.AT_SHOP) {
      confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    } else {
      pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      confirm.setText(getTranslation("booking.hold.confirm-at-shop"));
    }
    var payment =
        new Paragraph(
            getTranslation(
                switch (option) {
                  case AT_SHOP -> "booking.hold.payment.at-shop";
                  case ONLINE -> "booking.hold.payment.online";
                  case ONLINE_OR_AT_SHOP -> "booking.hold.payment.either";
                }));
    payment.setId("hold-payment");
    var cancel =
        new Button(
            getTranslation("booking.hold.pick-another"),
            e -> {
              bookings.releaseHold(held.id());
              getUI().ifPresent(ui -> ui.getPage().getHistory().back());
            });
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
    var details =
        new Div(
            new H2(getTranslation("booking.hold.details.title")),
            new Paragraph(getTranslation("booking.hold.details.lead")),
            form,
            payment,
            new Div(pay, confirm, cancel));
    details.addClassName("otopair-card");
    add(summary, details);
  }

  private void confirm(boolean online) {
    BookingSummary hold = held;
    BookingDetailsForm form = this.form;
    if (hold == null || form == null) {
      return;
    }
    Optional<BookingDetails> details = form.details();
    if (details.isEmpty()) {
      return;
    }
    try {
      if (online) {
        String page = bookings.payAndConfirm(hold.id(), details.get());
        getUI().ifPresent(ui -> ui.getPage().setLocation(page));
        return;
      }
      BookingSummary booked = bookings.confirm(hold.id(), details.get());
      getUI()
          .ifPresent(
              ui ->
                  ui.navigate(
                      "bookings/" + booked.id(),
                      QueryParameters.simple(Map.of("confirmed", "yes"))));
    } catch (InvalidRequestException refused) {
      form.show(refused);
    }
  }

  private void showTaken(String slug, QueryParameters query, SlotTakenException taken) {
    var card = new Div(new H2(getTranslation("booking.hold.taken.title")));
    card.addClassName("otopair-card");
    card.setId("slot-taken");
    if (taken.alternatives().isEmpty()) {
      card.add(new Paragraph(getTranslation("booking.hold.taken.none")));
    } else {
      card.add(new Paragraph(getTranslation("booking.hold.taken.nearest")));
      var list = new Div();
      list.addClassName("otopair-slot-list");
      var zone = taken.zone();
      for (Slot slot : taken.alternatives()) {
        var parameters = new HashMap<String, String>();
        parameters.put("service", query.getSingleParameter("service").orElse(""));
        parameters.put("start", slot.start().toString());
        parameters.put("mechanic", slot.mechanicId().toString());
        query.getSingleParameter("session").ifPresent(id -> parameters.put("session", id));
        var button =
            new Button(
                Formats.current().day(slot.start(), zone) + ", " + SlotLabels.slot(slot, zone),
                e ->
                    getUI()
                        .ifPresent(
                            ui ->
                                ui.navigate(
                                    "book/" + slug + "/hold", QueryParameters.simple(parameters))));
        button.addClassName("otopair-slot-button");
        list.add(button);
      }
      card.add(list);
    }
    card.add(backToPicker(slug, query));
    add(card);
  }

  private void showRefused(String slug, QueryParameters query, String message) {
    var card =
        new Div(
            new H2(getTranslation("booking.hold.refused.title")),
            new Paragraph(message),
            backToPicker(slug, query));
    card.addClassName("otopair-card");
    card.setId("hold-refused");
    add(card);
  }

  private static Anchor backToPicker(String slug, QueryParameters query) {
    var back = new HashMap<String, String>();
    back.put("service", query.getSingleParameter("service").orElse(""));
    query.getSingleParameter("session").ifPresent(id -> back.put("session", id));
    return new Anchor(
        "book/" + slug + "?" + QueryParameters.simple(back).getQueryString(),
        I18n.t("booking.hold.back"));
  }
}
