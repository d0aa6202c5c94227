package com.otopair.booking.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface WaitlistEntryRepository extends JpaRepository<WaitlistEntry, UUID> {

  /** Who waits for the shop on that day, first come first. */
  List<WaitlistEntry> findByShopIdAndDateAndStatusOrderByCreatedAtAsc(
      UUID shopId, LocalDate date, String status);

  /** Whether the time that booking let go of was already offered to someone. */
  boolean existsByOfferedForBooking(UUID freedBooking);

  boolean existsByCustomerIdAndOfferingIdAndDateAndStatus(
      UUID customerId, UUID offeringId, LocalDate date, String status);
}
