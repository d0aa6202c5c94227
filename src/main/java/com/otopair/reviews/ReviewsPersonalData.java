package com.otopair.reviews;

import com.otopair.base.PersonalData;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The reviews a customer wrote. On deletion a review stays (its stars, text and the shop's reply
 * are part of the shop's public record, and its ratings) with the author shown as "Deleted
 * customer"; the reports they filed lose their free text.
 */
@Component
@Order(30)
class ReviewsPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  ReviewsPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(UUID userId) {
    return Map.of(
        "reviews",
        jdbc.sql(
                "select id, shop_id, booking_id, session_id, author_name, service_name, served_at,"
                    + " stars, body, recommend, posted_at, edited_at, reply, replied_at,"
                    + " hidden_at from reviews where customer_id = ? order by posted_at")
            .param(userId)
            .query()
            .listOfRows());
  }

  @Override
  public void erase(UUID userId) {
    jdbc.sql("update reviews set author_name = ?, version = version + 1 where customer_id = ?")
        .param(DELETED_NAME)
        .param(userId)
        .update();
    jdbc.sql(
            "update review_reports set details = '', version = version + 1"
                + " where reporter_id = ? and details <> ''")
        .param(userId)
        .update();
  }
}
