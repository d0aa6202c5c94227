package com.otopair.payments;

import com.otopair.base.PersonalData;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A customer's payments, refunds and invoices. They are financial records the law requires the shop
 * to keep: on deletion they stay with their amounts, dates and numbers, and name nobody (a payment
 * points at the anonymized account, never at a name or an email).
 */
@Component
@Order(40)
class PaymentsPersonalData implements PersonalData {

  private final JdbcClient jdbc;

  PaymentsPersonalData(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, List<Map<String, Object>>> export(UUID userId) {
    var sections = new LinkedHashMap<String, List<Map<String, Object>>>();
    sections.put(
        "payments",
        rows(
            "select id, shop_id, subject_kind, subject_id, description, gateway, status,"
                + " amount_minor, captured_minor, extra_minor, refunded_minor, currency,"
                + " card_brand, card_last4, authorized_at, created_at, updated_at"
                + " from payments where customer_id = ? order by created_at",
            userId));
    sections.put(
        "refunds",
        rows(
            "select r.id, r.payment_id, r.amount_minor, p.currency, r.kind, r.reason, r.status,"
                + " r.created_at, r.completed_at from payment_refunds r"
                + " join payments p on p.id = r.payment_id where p.customer_id = ?"
                + " order by r.created_at",
            userId));
    sections.put(
        "invoices",
        rows(
            "select i.id, i.payment_id, i.shop_id, i.number, i.issued_at, p.amount_minor,"
                + " p.currency from invoices i join payments p on p.id = i.payment_id"
                + " where p.customer_id = ? order by i.issued_at",
            userId));
    return sections;
  }

  @Override
  public void erase(UUID userId) {
    // Kept as the law requires: amounts, dates and numbers; no name or email is stored here.
  }

  private List<Map<String, Object>> rows(String sql, UUID userId) {
    return jdbc.sql(sql).param(userId).query().listOfRows();
  }
}
