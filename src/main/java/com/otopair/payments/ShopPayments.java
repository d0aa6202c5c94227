package com.otopair.payments;

import com.otopair.base.ConflictException;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Searches;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.shops.ShopMembership;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** A shop's payments, for its owner: the list, and marking a payment due at the shop as paid. */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ShopPayments {

  private static final Sort NEWEST_FIRST = Sort.by(Sort.Direction.DESC, "createdAt");

  private final PaymentRepository payments;
  private final PaymentRecords records;
  private final Settlements settlements;
  private final ShopMembership shops;
  private final PaymentViews views;

  ShopPayments(
      PaymentRepository payments,
      PaymentRecords records,
      Settlements settlements,
      ShopMembership shops,
      PaymentViews views) {
    this.payments = payments;
    this.records = records;
    this.settlements = settlements;
    this.shops = shops;
    this.views = views;
  }

  /** One page of the shop's payments, newest first unless sorted otherwise. */
  @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
  public List<PaymentView> list(UUID shopId, Pageable page) {
    shops.requireOwner(shopId);
    return views.of(payments.findByShopId(shopId, Searches.stable(page, NEWEST_FIRST)));
  }

  /** The customer paid at the counter: the invoice becomes a receipt and is emailed. */
  public PaymentView markPaid(UUID paymentId) {
    Payment payment = records.found(paymentId);
    shops.requireOwner(payment.getShopId());
    if (payment.getStatus() != PaymentStatus.DUE) {
      throw new ConflictException("payments.mark-paid.not-due");
    }
    settlements.paidAtShop(payment);
    records.audit(
        "PAYMENT_TAKEN_AT_SHOP",
        "payment " + paymentId,
        "payments.audit.paid-at-shop",
        Formats.of(I18n.ENGLISH).money(payment.money(payment.getAmountMinor())));
    return views.of(payment);
  }
}
