package com.otopair.payments.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRefundRepository extends JpaRepository<PaymentRefund, UUID> {

  List<PaymentRefund> findByPaymentIdOrderByCreatedAt(UUID paymentId);

  /** What all refunds, done or asked for, take from the booking's charge. */
  @Query(
      "select coalesce(sum(r.fromFirstMinor), 0) from PaymentRefund r where r.paymentId ="
          + " :paymentId")
  long fromFirstOf(UUID paymentId);

  /** What all refunds, done or asked for, take from the extra charges. */
  @Query(
      "select coalesce(sum(r.fromExtraMinor), 0) from PaymentRefund r where r.paymentId ="
          + " :paymentId")
  long fromExtraOf(UUID paymentId);

  /** What refunds carried out gave back in all. */
  @Query(
      "select coalesce(sum(r.amountMinor), 0) from PaymentRefund r"
          + " where r.paymentId = :paymentId and r.status = 'DONE'")
  long doneOf(UUID paymentId);
}
