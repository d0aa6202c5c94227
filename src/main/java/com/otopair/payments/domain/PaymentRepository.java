package com.otopair.payments.domain;

import com.otopair.payments.PaymentSubject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface PaymentRepository extends JpaRepository<Payment, UUID> {

  Optional<Payment> findByCheckoutSessionId(String sessionId);

  /**
   * Records that the business fact {@code fact} ({@code "booking-cancelled:<id>"}, ...) is acted on
   * now, in the caller's transaction; answers 0 when it already was (a re-run, which must change
   * nothing). A concurrent run waits here until the first commits or rolls back.
   */
  @Modifying
  @Query(
      value =
          "insert into payment_facts (fact, decided_at) values (:fact, :at)"
              + " on conflict do nothing",
      nativeQuery = true)
  int recordFact(String fact, Instant at);

  Optional<Payment> findByPaymentIntentId(String intentId);

  List<Payment> findBySubjectKindAndSubjectIdOrderByCreatedAtDesc(
      PaymentSubject.Kind kind, UUID subjectId);

  /** A page of the shop's payments, in the page's order. */
  List<Payment> findByShopId(UUID shopId, Pageable page);

  /** Card holds placed before {@code before}, oldest first. */
  @Query(
      "select p from Payment p where p.status = com.otopair.payments.PaymentStatus.AUTHORIZED"
          + " and p.authorizedAt < :before order by p.authorizedAt")
  List<Payment> holdsAuthorizedBefore(Instant before, Pageable page);

  /** A page of payments, of one shop or in one state when given, in the page's order. */
  @Query(
      """
      select p from Payment p
      where (:shopId is null or p.shopId = :shopId)
        and (:status is null or p.status = :status)
      """)
  List<Payment> search(
      @Nullable UUID shopId, com.otopair.payments.@Nullable PaymentStatus status, Pageable page);

  /**
   * A page of the payments that failed (their failure's first part among {@code failures}) since
   * {@code since}, of one state when given, newest first; the page's own order is not used.
   */
  @Query(
      value =
          "select * from payments where updated_at >= :since and failure is not null"
              + " and split_part(failure, chr(31), 1) in (:failures)"
              + " and (cast(:status as varchar) is null or status = cast(:status as varchar))"
              + " order by created_at desc, id",
      nativeQuery = true)
  List<Payment> failedSince(
      Instant since, List<String> failures, @Nullable String status, Pageable page);

  /** How many payments {@link #failedSince} finds over all its pages. */
  @Query(
      value =
          "select count(*) from payments where updated_at >= :since and failure is not null"
              + " and split_part(failure, chr(31), 1) in (:failures)"
              + " and (cast(:status as varchar) is null or status = cast(:status as varchar))",
      nativeQuery = true)
  long countFailedSince(Instant since, List<String> failures, @Nullable String status);
}
