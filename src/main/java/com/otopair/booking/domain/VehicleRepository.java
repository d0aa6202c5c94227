package com.otopair.booking.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface VehicleRepository extends JpaRepository<Vehicle, UUID> {

  List<Vehicle> findByCustomerIdOrderByCreatedAtDesc(UUID customerId);
}
