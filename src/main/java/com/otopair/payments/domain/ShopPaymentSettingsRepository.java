package com.otopair.payments.domain;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ShopPaymentSettingsRepository extends JpaRepository<ShopPaymentSettings, UUID> {

  Optional<ShopPaymentSettings> findByAccountId(String accountId);
}
