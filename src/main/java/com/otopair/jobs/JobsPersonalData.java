package com.otopair.jobs;

import com.otopair.base.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work orders done on a customer's car. On deletion a job keeps its lines, amounts and dates
 * (billed work) and its vehicle, but no longer names the customer, in the job or its timeline.
 */
@Component
@Order(50)
class JobsPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  JobsPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(UUID userId) {
    return Map.of(
        "jobs",
        jdbc.sql(
                "select id, shop_id, shop_name, booking_id, title, vehicle, status,"
                    + " customer_notes, created_at from jobs where customer_id = ?"
                    + " order by created_at")
            .param(userId)
            .query()
            .listOfRows());
  }

  @Override
  public void erase(UUID userId) {
    jdbc.sql(
            "update job_events e set actor_name = ? from jobs j"
                + " where e.job_id = j.id and j.customer_id = ? and e.actor_id = ?")
        .param(DELETED_NAME)
        .param(userId)
        .param(userId)
        .update();
    jdbc.sql("update jobs set customer_name = ?, version = version + 1 where customer_id = ?")
        .param(DELETED_NAME)
        .param(userId)
        .update();
  }
}
