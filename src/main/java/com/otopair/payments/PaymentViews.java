package com.otopair.payments;

import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefundRepository;
import com.otopair.shops.ShopMembership;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Payments as people read them ({@link PaymentView}): with their customer's and shop's names, the
 * invoice number and the refunds. Read in the caller's transaction, who decides who may see them.
 */
@Component
class PaymentViews {

  private final PaymentRefundRepository refunds;
  private final Invoices invoices;
  private final UserContacts contacts;
  private final ShopMembership shops;

  PaymentViews(
      PaymentRefundRepository refunds,
      Invoices invoices,
      UserContacts contacts,
      ShopMembership shops) {
    this.refunds = refunds;
    this.invoices = invoices;
    this.contacts = contacts;
    this.shops = shops;
  }

  PaymentView of(Payment payment) {
    return of(List.of(payment)).getFirst();
  }

  List<PaymentView> of(List<Payment> list) {
    Set<UUID> people = new HashSet<>();
    list.forEach(p -> people.add(p.getCustomerId()));
    Map<UUID, String> names =
        contacts.findAll(people).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name, (a, b) -> a));
    Map<UUID, String> shopNames =
        list.stream()
            .map(Payment::getShopId)
            .distinct()
            .collect(Collectors.toMap(Function.identity(), shops::shopName));
    return list.stream()
        .map(
            p ->
                new PaymentView(
                    p.getId(),
                    p.getShopId(),
                    shopNames.getOrDefault(p.getShopId(), ""),
                    p.getCustomerId(),
                    names.getOrDefault(p.getCustomerId(), ""),
                    p.subject(),
                    StoredText.read(p.getDescription()),
                    p.getGateway() == Payment.Gateway.STRIPE,
                    p.getStatus(),
                    p.money(p.getAmountMinor()),
                    p.money(p.getCapturedMinor()),
                    p.money(p.getExtraMinor()),
                    p.money(p.getRefundedMinor()),
                    p.money(p.getReleasedMinor()),
                    p.money(p.getFeeMinor()),
                    p.getCardLast4() == null
                        ? null
                        : Invoices.card(p.getCardBrand(), p.getCardLast4()),
                    StoredText.readOrNull(p.getFailure()),
                    invoices.number(p.getId()).orElse(null),
                    p.getCreatedAt(),
                    p.getUpdatedAt(),
                    refunds.findByPaymentIdOrderByCreatedAt(p.getId()).stream()
                        .map(
                            r ->
                                new PaymentView.Refund(
                                    r.getId(),
                                    p.money(r.getAmountMinor()),
                                    r.getKind().name(),
                                    StoredText.read(r.getReason()),
                                    r.isDone(),
                                    r.getCreatedAt(),
                                    r.getCompletedAt()))
                        .toList()))
        .toList();
  }
}
