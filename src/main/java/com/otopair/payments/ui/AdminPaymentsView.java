package com.otopair.payments.ui;

import com.otopair.base.AccessReads;
import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.FilterUrl;
import com.otopair.base.ui.GridColumns;
import com.otopair.payments.AdminPayments;
import com.otopair.payments.PaymentStatus;
import com.otopair.payments.PaymentSubject;
import com.otopair.payments.PaymentView;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.data.VaadinSpringDataHelpers;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Admin payments: every shop's payments, newest first, filtered by status and to the failures of
 * the admin's tile (kept in the address, with their count); a payment opens with its refunds, and
 * from there an admin refunds money or cancels the booking it pays for, each with a reason that the
 * audit log keeps.
 */
@Route("admin/payments")
@PageTitle("payments.admin.title")
@Menu(order = 108, icon = "vaadin:money", title = "payments.menu.admin")
@RolesAllowed(Roles.ADMIN)
class AdminPaymentsView extends Main implements BeforeEnterObserver {

  /** Before the work is paid: cancelling the booking gives back or releases everything. */
  static final Set<PaymentStatus> CANCELLABLE =
      EnumSet.of(PaymentStatus.PENDING, PaymentStatus.AUTHORIZED, PaymentStatus.DUE);

  /** The address's parameter for the failures of the tile's window, and its one value. */
  static final String FAILED = "failed";

  static final String FAILED_WITHIN = String.valueOf(PaymentFailuresTile.WITHIN.toDays());

  final Select<PaymentStatus> status = new Select<>();
  final Checkbox failures = new Checkbox();
  final Span total = new Span();
  final Grid<PaymentView> grid = new Grid<>();

  private final AdminPayments payments;
  private final AccessReads reads;
  private final FilterUrl filters;

  AdminPaymentsView(AdminPayments payments, AccessReads reads) {
    this.payments = payments;
    this.reads = reads;
    addClassName("otopair-page");
    addClassName("otopair-grid-page");

    status.setLabel(getTranslation("payments.admin.status"));
    status.setEmptySelectionAllowed(true);
    status.setEmptySelectionCaption(getTranslation("payments.admin.status.all"));
    status.setItems(Arrays.asList(PaymentStatus.values()));
    status.setItemLabelGenerator(
        s -> s == null ? getTranslation("payments.admin.status.all") : s.label());
    status.setId("payments-status");
    failures.setLabel(
        getTranslation("payments.admin.failures", PaymentFailuresTile.WITHIN.toDays()));
    failures.setId("payments-failures");
    total.setId("payments-total");
    total.addClassName("otopair-muted");
    filters =
        FilterUrl.at("admin/payments", this::refresh)
            .choice("status", status, PaymentStatus.class)
            .add(
                FAILED,
                failures,
                text -> Optional.of(text.equals(FAILED_WITHIN)).filter(on -> on),
                on -> on ? FAILED_WITHIN : null,
                false);

    grid.addColumn(p -> Formats.current().logged(p.createdAt()))
        .setHeader(getTranslation("payments.admin.created"))
        .setKey("created")
        .setSortProperty("createdAt")
        .setAutoWidth(true)
        .setFlexGrow(0);
    grid.addColumn(PaymentView::shopName)
        .setHeader(getTranslation("payments.admin.shop"))
        .setKey("shop")
        .setWidth("10rem")
        .setFlexGrow(1);
    PaymentLabels.moneyColumns(grid);
    var invoice =
        grid.addColumn(p -> p.invoiceNumber() == null ? "" : p.invoiceNumber())
            .setHeader(getTranslation("payments.grid.invoice"))
            .setKey("invoice")
            .setAutoWidth(true);
    GridColumns.of(grid)
        .hideBelow(1400, invoice)
        .hideBelow(1200, grid.getColumnByKey("paid"))
        .cardsBelow(
            640,
            p ->
                PaymentLabels.card(
                    p,
                    getTranslation(
                        "payments.admin.facts",
                        p.shopName(),
                        Formats.current().logged(p.createdAt()))));
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    grid.setEmptyStateText(getTranslation("payments.admin.empty"));
    grid.setId("admin-payments");
    grid.setItems(
        q ->
            (failures.getValue()
                    ? payments.failedWithin(
                        PaymentFailuresTile.WITHIN,
                        status.getValue(),
                        VaadinSpringDataHelpers.toSpringPageRequest(q))
                    : payments.search(
                        null, status.getValue(), VaadinSpringDataHelpers.toSpringPageRequest(q)))
                .stream());
    grid.addItemClickListener(e -> open(e.getItem()));

    var filters = new HorizontalLayout(status, failures, total);
    filters.setAlignItems(FlexComponent.Alignment.BASELINE);
    filters.setWrap(true);
    filters.addClassName("otopair-filters");
    add(filters, grid);
  }

  /**
   * Reads the list again; while it shows the failures, says how many (the figure the admin's tile
   * shows).
   */
  private void refresh() {
    grid.getDataProvider().refreshAll();
    total.setVisible(failures.getValue());
    if (failures.getValue()) {
      long count = payments.countFailedWithin(PaymentFailuresTile.WITHIN, status.getValue());
      total.setText(
          getTranslation("payments.admin.failures.total", Formats.current().count(count)));
    }
  }

  /** Where this list lives: the address a bookmark or a shared link brings back. */
  Location filterLocation() {
    return filters.location();
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    filters.read(event);
  }

  // --- one payment

  /** Opens a payment, freshly loaded, with what can still be done with it. */
  Dialog open(PaymentView row) {
    PaymentView payment = payments.payment(row.id());
    reads.read(AccessReads.Subject.PAYMENT, payment.id(), payment.customerId(), null);
    var dialog = new Dialog(payment.description());
    dialog.setWidth("min(36rem, 95vw)");
    var headline = new Paragraph(payment.headline());
    headline.setId("payment-headline");
    var facts =
        new Paragraph(
            payment.invoiceNumber() == null
                ? getTranslation("payments.admin.facts", payment.shopName(), payment.customerName())
                : getTranslation(
                    "payments.admin.facts.invoice",
                    payment.shopName(),
                    payment.customerName(),
                    payment.invoiceNumber()));
    facts.addClassName("otopair-muted");
    var details = new Div(PaymentLabels.badge(payment.status()), headline, facts);
    if (payment.invoiceNumber() != null) {
      details.add(new Div(PaymentLabels.invoice(payment)));
    }
    if (payment.failure() != null) {
      details.add(new Paragraph(payment.failure()));
    }
    details.add(refunds(payment));
    dialog.add(details);

    var close = new Button(getTranslation("payments.admin.close"), e -> dialog.close());
    dialog.getFooter().add(close);
    if (payment.status() == PaymentStatus.CAPTURED && payment.refundable().minor() > 0) {
      var refund =
          new Button(
              getTranslation("payments.admin.refund.open"), e -> refundDialog(payment, dialog));
      refund.setId("refund");
      refund.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      dialog.getFooter().add(refund);
    }
    if (payment.subject().kind() == PaymentSubject.Kind.BOOKING
        && CANCELLABLE.contains(payment.status())) {
      var cancel =
          new Button(
              getTranslation("payments.admin.force-cancel.open"),
              e -> forceCancelDialog(payment, dialog));
      cancel.setId("force-cancel");
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      dialog.getFooter().add(cancel);
    }
    dialog.open();
    return dialog;
  }

  private Component refunds(PaymentView payment) {
    var list = new Div(new H3(getTranslation("payments.admin.refunds")));
    list.setId("payment-refunds");
    if (payment.refunds().isEmpty()) {
      list.add(new Paragraph(getTranslation("payments.admin.refunds.none")));
    }
    for (PaymentView.Refund refund : payment.refunds()) {
      var line =
          new Div(
              new Span(
                  getTranslation(
                      refund.done()
                          ? "payments.admin.refund.line.done"
                          : "payments.admin.refund.line.pending",
                      refund.amount().format(),
                      refund.reason())));
      line.addClassName("otopair-timeline-entry");
      list.add(line);
    }
    return list;
  }

  void refundDialog(PaymentView payment, Dialog details) {
    Money refundable = payment.refundable();
    var dialog = new Dialog(getTranslation("payments.admin.refund.title", payment.customerName()));
    dialog.setWidth("min(30rem, 95vw)");
    var amount =
        new BigDecimalField(getTranslation("payments.admin.refund.amount", refundable.currency()));
    amount.setValue(refundable.amount());
    amount.setHelperText(getTranslation("payments.admin.refund.up-to", refundable.format()));
    amount.setRequiredIndicatorVisible(true);
    amount.setWidthFull();
    var reason = new TextArea(getTranslation("payments.admin.reason"));
    reason.setRequired(true);
    reason.setMaxLength(500);
    reason.setHelperText(getTranslation("payments.admin.refund.reason.helper"));
    reason.setWidthFull();
    dialog.add(new Div(amount, reason));
    var confirm =
        new Button(
            getTranslation("payments.admin.refund.confirm"),
            e -> {
              amount.setInvalid(false);
              reason.setInvalid(false);
              if (amount.getValue() == null) {
                amount.setErrorMessage(getTranslation("payments.admin.refund.amount.required"));
                amount.setInvalid(true);
                return;
              }
              Money money = Money.of(amount.getValue(), refundable.currency());
              try {
                payments.refund(payment.id(), money, reason.getValue());
                dialog.close();
                details.close();
                Feedback.success(getTranslation("payments.admin.refund.done", money.format()));
                grid.getDataProvider().refreshAll();
              } catch (InvalidRequestException refused) {
                Feedback.show(refused, Map.of("amount", amount, "reason", reason));
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    confirm.setId("confirm-refund");
    dialog
        .getFooter()
        .add(new Button(getTranslation("payments.admin.keep"), e -> dialog.close()), confirm);
    dialog.open();
  }

  void forceCancelDialog(PaymentView payment, Dialog details) {
    var dialog =
        new Dialog(getTranslation("payments.admin.force-cancel.title", payment.customerName()));
    dialog.setWidth("min(30rem, 95vw)");
    var reason = new TextArea(getTranslation("payments.admin.reason"));
    reason.setRequired(true);
    reason.setMaxLength(500);
    reason.setHelperText(getTranslation("payments.admin.force-cancel.reason.helper"));
    reason.setWidthFull();
    dialog.add(reason);
    var confirm =
        new Button(
            getTranslation("payments.admin.force-cancel.confirm"),
            e -> {
              reason.setInvalid(false);
              try {
                payments.forceCancel(payment.subject().id(), reason.getValue());
                dialog.close();
                details.close();
                Feedback.success(getTranslation("payments.admin.force-cancel.done"));
                grid.getDataProvider().refreshAll();
              } catch (InvalidRequestException refused) {
                Feedback.show(refused, Map.of("reason", reason));
              }
            });
    confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
    confirm.setId("confirm-force-cancel");
    dialog
        .getFooter()
        .add(new Button(getTranslation("payments.admin.keep"), e -> dialog.close()), confirm);
    dialog.open();
  }
}
