package com.otopair.crm;

import com.otopair.base.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the CRM recorded of a customer's visits (bookings, recommendations shown and followed). On
 * deletion the rows stay: they hold ids, kinds and times, no name, and once the account is
 * anonymized they point at nobody, while the shops' funnel and cohort figures stay as they were.
 */
@Component
@Order(60)
class CrmPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  CrmPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(UUID userId) {
    return Map.of(
        "interactions",
        jdbc.sql(
                "select kind, subject_id, shop_id, entry_point, occurred_at from crm_interactions"
                    + " where customer_id = ? order by occurred_at")
            .param(userId)
            .query()
            .listOfRows());
  }

  @Override
  public void erase(UUID userId) {
    // Nothing names the customer here; the anonymized account is all these rows point at.
  }
}
