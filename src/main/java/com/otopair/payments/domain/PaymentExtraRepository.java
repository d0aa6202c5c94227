package com.otopair.payments.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PaymentExtraRepository extends JpaRepository<PaymentExtra, UUID> {

  /** The payment's extra charges, in the order they were made. */
  List<PaymentExtra> findByPaymentIdOrderByPosition(UUID paymentId);

  long countByPaymentId(UUID paymentId);
}
