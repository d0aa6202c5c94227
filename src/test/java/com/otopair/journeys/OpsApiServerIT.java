package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * The operations API over real HTTP: only an admin's operations token reaches it, and that token
 * reaches nothing else; refunds and forced cancellations follow the admin screens' rules, answer
 * problem+json with the field named when refused, and are audited with the token that asked.
 */
class OpsApiServerIT extends OpsApiCalls {

  @Test
  void aCustomerTokenAnAdminsBookingTokenOrNoTokenCannotCallTheOperationsApi() throws Exception {
    UUID payment = paidPayment();
    String body = refundBody(payment, 1000, "Goodwill");

    assertProblem(call("POST", OPS + "refund", customer, body), 403, "operations API token");
    assertProblem(call("POST", OPS + "refund", adminBooking, body), 403, "operations API token");
    Answer anonymous = call("POST", OPS + "force-cancel", null, body);
    assertProblem(anonymous, 401, "operations API token");
    assertThat(anonymous.header("WWW-Authenticate")).startsWith("Bearer");
    assertThat(refundsOf(payment)).isZero();
  }

  @Test
  void anOperationsTokenWorksOnlyForTheOperationsApi() throws Exception {
    assertProblem(
        call("GET", API + "bookings", ops, null), 403, "only for calls under /api/v1/ops");
    assertProblem(
        call("POST", API + "quote", ops, "{\"where\": \"H2T 1S6\", \"category\": \"OIL\"}"),
        403,
        "only for calls under /api/v1/ops");
    // The same admin's booking API token is not refused for being an operations token.
    assertThat(call("GET", API + "shops/" + slug, adminBooking, null).status()).isEqualTo(200);
  }

  @Test
  void aSuspendedOrDemotedAdminsOperationsTokenStopsWorking() throws Exception {
    UUID payment = paidPayment();
    jdbc.update("update users set status = 'SUSPENDED' where email = ?", adminEmail);
    assertProblem(
        call("POST", OPS + "refund", ops, refundBody(payment, 1000, "Goodwill")), 401, "suspended");

    jdbc.update(
        "update users set status = 'ACTIVE', role = 'CUSTOMER' where email = ?", adminEmail);
    assertProblem(
        call("POST", OPS + "refund", ops, refundBody(payment, 1000, "Goodwill")),
        401,
        "no longer an admin");
    assertThat(refundsOf(payment)).isZero();
  }

  @Test
  void anAdminRefundsPartOfAPaymentAndTheTokenIsAudited() throws Exception {
    UUID payment = paidPayment();

    Answer refunded =
        call("POST", OPS + "refund", ops, refundBody(payment, 2500, "Goodwill: the bay was shut"));

    assertThat(refunded.status()).as(refunded.text()).isEqualTo(201);
    assertThat(refunded.body().path("payment").asString()).isEqualTo(payment.toString());
    assertThat(refunded.body().path("amount").asLong()).isEqualTo(2500);
    assertThat(refunded.body().path("currency").asString()).isEqualTo("CAD");
    assertThat(refunded.body().path("refundable").asLong()).isEqualTo(7500);
    UUID refund = UUID.fromString(refunded.body().path("refund").asString());
    assertThat(
            jdbc.queryForObject(
                "select amount_minor from payment_refunds where id = ? and payment_id = ?"
                    + " and kind = 'ADMIN' and reason = 'Goodwill: the bay was shut'",
                Long.class,
                refund,
                payment))
        .isEqualTo(2500);
    assertThat(refundsOf(payment)).isOne();

    // Who, which token and what, as the admin screen's line plus the token's.
    String hint = ops.substring(0, 8);
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(
                      jdbc.queryForList(
                          "select action from audit_entries where actor = ? and subject = ?",
                          String.class,
                          adminEmail,
                          "payment " + payment))
                  .containsExactlyInAnyOrder("PAYMENT_REFUNDED", "OPS_API_REFUND");
              assertThat(
                      jdbc.queryForObject(
                          "select details from audit_entries where actor = ? and action = ?",
                          String.class,
                          adminEmail,
                          "OPS_API_REFUND"))
                  .contains("operations API")
                  .contains(hint);
            });
  }

  @Test
  void refusedRefundsNameTheirFieldAndRefundNothing() throws Exception {
    UUID payment = paidPayment();

    assertFieldError(
        call("POST", OPS + "refund", ops, refundBody(payment, 10001, "Too much")),
        "amount",
        "Refund at most");
    assertFieldError(
        call("POST", OPS + "refund", ops, refundBody(payment, 1000, "  ")), "reason", "Say why");
    assertFieldError(
        call("POST", OPS + "refund", ops, refundBody(payment, 1000, "x".repeat(501))),
        "reason",
        "500");
    assertFieldError(
        call("POST", OPS + "refund", ops, refundBody(payment, 1000, "Line\\u0000break")),
        "reason",
        "");
    assertFieldError(
        call(
            "POST",
            OPS + "refund",
            ops,
            "{\"payment\": \"%s\", \"amount\": 12.5, \"reason\": \"Half a cent\"}"
                .formatted(payment)),
        "amount",
        "whole");
    assertFieldError(
        call("POST", OPS + "refund", ops, refundBody(payment, -5, "Negative")), "amount", "whole");
    assertFieldError(
        call(
            "POST",
            OPS + "refund",
            ops,
            "{\"payment\": \"%s\", \"amount\": 1000, \"currency\": \"USD\", \"reason\": \"Dollars\"}"
                .formatted(payment)),
        "amount",
        "CAD");
    assertFieldError(
        call(
            "POST",
            OPS + "refund",
            ops,
            "{\"payment\": \"%s\", \"amount\": 1000, \"currency\": \"XX\", \"reason\": \"Junk\"}"
                .formatted(payment)),
        "currency",
        "CAD");
    assertFieldError(
        call("POST", OPS + "refund", ops, "{\"amount\": 1000, \"reason\": \"Which?\"}"),
        "payment",
        "which payment");
    assertFieldError(
        call("POST", OPS + "refund", ops, "{\"payment\": \"not-a-uuid\", \"amount\": 1}"),
        "payment",
        "");
    assertProblem(
        call("POST", OPS + "refund", ops, refundBody(UUID.randomUUID(), 1000, "Nobody's")),
        404,
        "");
    assertProblem(call("POST", OPS + "refund", ops, "{not json"), 400, "");
    assertThat(refundsOf(payment)).isZero();

    jdbc.update("update payments set status = 'DUE', captured_minor = 0 where id = ?", payment);
    assertProblem(
        call("POST", OPS + "refund", ops, refundBody(payment, 1000, "Not paid yet")), 409, "paid");
    assertThat(refundsOf(payment)).isZero();
  }

  @Test
  void anAdminForceCancelsABookingOnceAndItIsAudited() throws Exception {
    UUID booking = confirmedBooking(9);

    Answer cancelled =
        call(
            "POST",
            OPS + "force-cancel",
            ops,
            "{\"booking\": \"%s\", \"reason\": \"The shop flooded\"}".formatted(booking));

    assertThat(cancelled.status()).as(cancelled.text()).isEqualTo(200);
    assertThat(cancelled.body().path("booking").asString()).isEqualTo(booking.toString());
    assertThat(cancelled.body().path("status").asString()).isEqualTo("CANCELLED");
    assertThat(cancelled.body().path("reason").asString()).isEqualTo("The shop flooded");
    assertThat(statusOf(booking)).isEqualTo("CANCELLED");

    assertProblem(
        call(
            "POST",
            OPS + "force-cancel",
            ops,
            "{\"booking\": \"%s\", \"reason\": \"Again\"}".formatted(booking)),
        409,
        "");
    Awaitility.await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForList(
                            "select action from audit_entries where actor = ? and subject = ?",
                            String.class,
                            adminEmail,
                            "booking " + booking))
                    .containsExactlyInAnyOrder("BOOKING_FORCE_CANCELLED", "OPS_API_FORCE_CANCEL"));
  }

  @Test
  void refusedForcedCancellationsNameTheirFieldAndCancelNothing() throws Exception {
    UUID booking = confirmedBooking(10);

    assertFieldError(
        call("POST", OPS + "force-cancel", ops, "{\"booking\": \"%s\"}".formatted(booking)),
        "reason",
        "");
    assertFieldError(
        call(
            "POST",
            OPS + "force-cancel",
            ops,
            "{\"booking\": \"%s\", \"reason\": \" \"}".formatted(booking)),
        "reason",
        "");
    assertFieldError(
        call(
            "POST",
            OPS + "force-cancel",
            ops,
            "{\"booking\": \"%s\", \"reason\": \"%s\"}".formatted(booking, "x".repeat(501))),
        "reason",
        "500");
    assertFieldError(
        call("POST", OPS + "force-cancel", ops, "{\"reason\": \"Which?\"}"), "booking", "");
    assertProblem(
        call(
            "POST",
            OPS + "force-cancel",
            ops,
            "{\"booking\": \"%s\", \"reason\": \"Nobody's\"}".formatted(UUID.randomUUID())),
        404,
        "");
    assertProblem(
        call(
            "POST",
            OPS + "force-cancel",
            customer,
            "{\"booking\": \"%s\", \"reason\": \"Mine\"}".formatted(booking)),
        403,
        "");
    assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
  }
}
