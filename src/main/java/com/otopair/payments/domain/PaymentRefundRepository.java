package com.otopair.payments.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRefundRepository extends JpaRepository<PaymentRefund, UUID> {

  List<PaymentRefund> findByPaymentIdOrderByCreatedAt(UUID paymentId);

  /** Refunds asked for and not yet done: they count against what may still be refunded. */
  @Query(
      "select coalesce(sum(r.amountMinor), 0) from PaymentRefund r"
          + " where r.paymentId = :paymentId and r.status = 'REQUESTED'")
  long requestedOf(UUID paymentId);
}
