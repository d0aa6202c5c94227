package com.otopair.payments.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.GridColumns;
import com.otopair.payments.PaymentSetup;
import com.otopair.payments.PaymentStatus;
import com.otopair.payments.PaymentView;
import com.otopair.payments.PayoutAccountStatus;
import com.otopair.payments.ShopPaymentSetup;
import com.otopair.payments.ShopPayments;
import com.otopair.payments.gateway.PaymentGateway;
import com.otopair.shops.CurrentShop;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The owner's "Payments": how customers pay the chosen shop (and what a late cancellation gives
 * back), the Stripe payout account and its payouts, and every payment with its invoice; a payment
 * due at the shop is marked paid here when the customer pays at the counter.
 */
@Route("shop/payments")
@PageTitle("Payments")
@Menu(order = 18, icon = "vaadin:wallet", title = "Payments")
@RolesAllowed(Roles.SHOP_OWNER)
class ShopPaymentsView extends Main implements BeforeEnterObserver {

  final Badge account = new Badge();
  final Paragraph payoutsNote = new Paragraph();
  final Button connect = new Button();
  final Grid<PaymentGateway.Payout> payouts = new Grid<>();
  final Grid<PaymentView> grid = new Grid<>();

  /** How customers pay; absent until the owner has a shop. */
  final @Nullable PaymentSetupForm form;

  private final ShopPaymentSetup service;
  private final ShopPayments payments;
  private final @Nullable ShopDetails shop;
  private @Nullable PaymentSetup setup;

  ShopPaymentsView(
      ShopPaymentSetup service, ShopPayments payments, ShopService shops, CurrentShop current) {
    this.service = service;
    this.payments = payments;
    addClassName("otopair-page");
    List<ShopDetails> mine = shops.ownedShops();
    shop = current.among(mine).orElse(null);
    if (shop == null) {
      var card =
          new Div(
              new H2("No shop yet"),
              new Paragraph("Set up your shop first; its payments appear here."));
      card.addClassName("otopair-card");
      add(card);
      form = null;
      return;
    }
    var heading = new H2("Payments at " + shop.name());
    heading.addClassName("otopair-page-title");
    heading.setId("payments-heading");

    form = new PaymentSetupForm(service, shop.id(), this::show);
    var cards = new Div(form, payoutsCard());
    cards.addClassName("otopair-card-row");
    add(heading, cards, paymentsCard(ZoneId.of(shop.timeZone())));
    show(service.setup(shop.id()));
  }

  // --- payouts

  private Component payoutsCard() {
    account.setId("payout-account");
    payoutsNote.setId("payouts-note");
    connect.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    connect.setId("connect-stripe");
    connect.addClickListener(e -> connect());

    payouts
        .addColumn(p -> p.amount().format())
        .setHeader("Amount")
        .setAutoWidth(true)
        .setFlexGrow(0);
    payouts
        .addColumn(p -> Formats.current().date(p.arrivalDate(), zone()))
        .setHeader("Arrives")
        .setAutoWidth(true);
    payouts.addColumn(p -> capitalized(p.status())).setHeader("Status").setAutoWidth(true);
    payouts.setAllRowsVisible(true);
    payouts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    payouts.setEmptyStateText("No payouts yet: Stripe sends them once customers pay online.");
    payouts.setId("payouts");

    var card = new Div(new H2("Payouts"), payoutsNote, new Div(account), new Div(connect), payouts);
    card.addClassName("otopair-card");
    return card;
  }

  void connect() {
    if (shop == null) {
      return;
    }
    try {
      String url = service.connect(shop.id());
      UI.getCurrent().getPage().setLocation(url);
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
  }

  private static String capitalized(String status) {
    return status.isEmpty()
        ? status
        : Character.toUpperCase(status.charAt(0)) + status.substring(1).replace('_', ' ');
  }

  private ZoneId zone() {
    return shop == null ? ZoneId.of("UTC") : ZoneId.of(shop.timeZone());
  }

  // --- payments

  private Component paymentsCard(ZoneId zone) {
    grid.addColumn(p -> PaymentLabels.date(p, zone))
        .setHeader("Date")
        .setKey("date")
        .setAutoWidth(true)
        .setFlexGrow(0);
    PaymentLabels.moneyColumns(grid);
    grid.addComponentColumn(PaymentLabels::invoice)
        .setHeader("Invoice")
        .setKey("invoice")
        .setAutoWidth(true);
    grid.addComponentColumn(this::actions)
        .setHeader("")
        .setKey("actions")
        .setAutoWidth(true)
        .setFlexGrow(0);
    GridColumns.of(grid)
        .hideBelow(1200, grid.getColumnByKey("paid"))
        .cardsBelow(
            640,
            p -> {
              var card = PaymentLabels.card(p, PaymentLabels.date(p, zone));
              card.add(PaymentLabels.invoice(p), actions(p));
              return card;
            });
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText("No payments yet: they appear when jobs are completed.");
    grid.setHeight("min(32rem, 70vh)");
    grid.setId("shop-payments");
    if (shop != null) {
      var id = shop.id();
      grid.setItems(
          q -> payments.list(id, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
    }
    var card =
        new Div(
            new H2("Payments"),
            new Paragraph("When a customer pays at the counter, mark their payment paid."),
            grid);
    card.addClassName("otopair-card");
    return card;
  }

  private Component actions(PaymentView payment) {
    if (payment.status() != PaymentStatus.DUE) {
      return new Span();
    }
    var markPaid = new Button("Mark paid", e -> confirmPaid(payment));
    markPaid.addThemeVariants(ButtonVariant.LUMO_SMALL);
    markPaid.getElement().setAttribute("aria-label", "Mark paid: " + payment.description());
    return markPaid;
  }

  void confirmPaid(PaymentView payment) {
    var dialog =
        new ConfirmDialog(
            "Did " + payment.customerName() + " pay " + payment.amount().format() + "?",
            "The invoice becomes a receipt, and we email it to them.",
            "Mark paid",
            e -> {
              try {
                payments.markPaid(payment.id());
                Feedback.success("Paid; the receipt is on its way to " + payment.customerName());
              } catch (InvalidRequestException refused) {
                Feedback.error(refused.getMessage());
              }
              grid.getDataProvider().refreshAll();
            });
    dialog.setCancelable(true);
    dialog.setCancelText("Not yet");
    dialog.open();
  }

  // --- state

  private void show(PaymentSetup current) {
    setup = current;
    boolean online = current.onlineAvailable();
    if (form != null) {
      form.show(current);
    }

    account.show(
        current.account().label(),
        current.account() == PayoutAccountStatus.ENABLED ? Tone.SUCCESS : Tone.CONTRAST);
    payoutsNote.setText(
        online
            ? "Otopair keeps "
                + current.commission()
                + " per online payment; Stripe pays the rest to your bank."
            : PaymentSetupForm.NOT_ONLINE);
    connect.setText(
        current.account() == PayoutAccountStatus.NONE ? "Connect Stripe" : "Finish onboarding");
    connect.setVisible(online && current.account() != PayoutAccountStatus.ENABLED);
    if (shop != null) {
      payouts.setItems(service.payouts(shop.id()));
    }
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (shop == null) {
      return;
    }
    var onboarding = event.getLocation().getQueryParameters().getSingleParameter("onboarding");
    if (onboarding.isEmpty()) {
      return;
    }
    try {
      show(service.refreshAccount(shop.id()));
      if (onboarding.get().equals("refresh")) {
        // Stripe's link ran out before the owner finished: a fresh one continues where they were.
        connect();
      } else if (setup != null) {
        Feedback.success("Stripe account: " + setup.account().label().toLowerCase(Locale.ROOT));
      }
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
  }
}
