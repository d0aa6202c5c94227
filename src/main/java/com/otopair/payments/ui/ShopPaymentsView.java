package com.otopair.payments.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
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
 * The owner's payments: how customers pay the chosen shop (and what a late cancellation gives
 * back), the Stripe payout account and its payouts, and every payment with its invoice; a payment
 * due at the shop is marked paid here when the customer pays at the counter.
 */
@Route("shop/payments")
@PageTitle("payments.shop.title")
@Menu(order = 18, icon = "vaadin:wallet", title = "payments.menu.shop")
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
              new H2(getTranslation("payments.shop.no-shop.title")),
              new Paragraph(getTranslation("payments.shop.no-shop.text")));
      card.addClassName("otopair-card");
      add(card);
      form = null;
      return;
    }
    var heading = new H2(getTranslation("payments.shop.heading", shop.name()));
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
        .setHeader(getTranslation("payments.payouts.amount"))
        .setAutoWidth(true)
        .setFlexGrow(0);
    payouts
        .addColumn(p -> Formats.current().date(p.arrivalDate(), zone()))
        .setHeader(getTranslation("payments.payouts.arrives"))
        .setAutoWidth(true);
    payouts
        .addColumn(p -> payoutStatus(p.status()))
        .setHeader(getTranslation("payments.payouts.status"))
        .setAutoWidth(true);
    payouts.setAllRowsVisible(true);
    payouts.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_NO_BORDER);
    payouts.setEmptyStateText(getTranslation("payments.payouts.empty"));
    payouts.setId("payouts");

    var card =
        new Div(
            new H2(getTranslation("payments.payouts.title")),
            payoutsNote,
            new Div(account),
            new Div(connect),
            payouts);
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

  /**
   * Stripe's payout status ("in_transit") in the reader's words; one we don't know, as Stripe says
   * it.
   */
  private static String payoutStatus(String status) {
    String key = "payments.payout.status." + status.toLowerCase(Locale.ROOT).replace('_', '-');
    return I18n.isKey(key) && I18n.has(key) ? I18n.t(key) : status;
  }

  private ZoneId zone() {
    return shop == null ? ZoneId.of("UTC") : ZoneId.of(shop.timeZone()); // i18n: a zone id
  }

  // --- payments

  private Component paymentsCard(ZoneId zone) {
    grid.addColumn(p -> PaymentLabels.date(p, zone))
        .setHeader(getTranslation("payments.grid.date"))
        .setKey("date")
        .setAutoWidth(true)
        .setFlexGrow(0);
    PaymentLabels.moneyColumns(grid);
    grid.addComponentColumn(PaymentLabels::invoice)
        .setHeader(getTranslation("payments.grid.invoice"))
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
    grid.setEmptyStateText(getTranslation("payments.shop.list.empty"));
    grid.setHeight("min(32rem, 70vh)");
    grid.setId("shop-payments");
    if (shop != null) {
      var id = shop.id();
      grid.setItems(
          q -> payments.list(id, VaadinSpringDataHelpers.toSpringPageRequest(q)).stream());
    }
    var card =
        new Div(
            new H2(getTranslation("payments.shop.list.title")),
            new Paragraph(getTranslation("payments.shop.list.lead")),
            grid);
    card.addClassName("otopair-card");
    return card;
  }

  private Component actions(PaymentView payment) {
    if (payment.status() != PaymentStatus.DUE) {
      return new Span();
    }
    var markPaid = new Button(getTranslation("payments.mark-paid"), e -> confirmPaid(payment));
    markPaid.addThemeVariants(ButtonVariant.LUMO_SMALL);
    markPaid
        .getElement()
        .setAttribute(
            "aria-label", getTranslation("payments.mark-paid.label", payment.description()));
    return markPaid;
  }

  void confirmPaid(PaymentView payment) {
    var dialog =
        new ConfirmDialog(
            getTranslation(
                "payments.mark-paid.confirm.title",
                payment.customerName(),
                payment.amount().format()),
            getTranslation("payments.mark-paid.confirm.text"),
            getTranslation("payments.mark-paid"),
            e -> {
              try {
                payments.markPaid(payment.id());
                Feedback.success(getTranslation("payments.mark-paid.done", payment.customerName()));
              } catch (InvalidRequestException refused) {
                Feedback.error(refused.getMessage());
              }
              grid.getDataProvider().refreshAll();
            });
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("payments.mark-paid.confirm.cancel"));
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
            ? getTranslation("payments.payouts.note", current.commissionPercent())
            : getTranslation(PaymentSetupForm.NOT_ONLINE));
    connect.setText(
        getTranslation(
            current.account() == PayoutAccountStatus.NONE
                ? "payments.payouts.connect"
                : "payments.payouts.finish"));
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
        Feedback.success(
            getTranslation(
                "payments.payouts.account-status",
                setup.account().label().toLowerCase(getLocale())));
      }
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
  }
}
