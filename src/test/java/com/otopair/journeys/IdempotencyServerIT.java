package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.identity.ApiTokenScope;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * {@code Idempotency-Key} over real HTTP, on the operations API and the booking API: a repeat gets
 * the first answer and changes nothing, another request under the same key is 422, racing repeats
 * make one effect, and keys belong to their caller. (A 5xx releasing its key: {@code
 * IdempotencyFilterTest}, which can make the first call fail.)
 */
class IdempotencyServerIT extends OpsApiCalls {

  static String key() {
    return "key-" + UUID.randomUUID();
  }

  @Test
  void aRepeatedRefundGetsTheFirstAnswerAndRefundsOnce() throws Exception {
    UUID payment = paidPayment();
    String key = key();
    String body = refundBody(payment, 1500, "Goodwill");

    Answer first = withKey(OPS + "refund", ops, body, key);
    Answer again = withKey(OPS + "refund", ops, body, key);

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(first.header("Idempotent-Replayed")).isNull();
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(again.header("Content-Type")).isEqualTo(first.header("Content-Type"));
    assertThat(refundsOf(payment)).isOne();
    assertThat(refundedMinorOf(payment)).isEqualTo(1500);

    // Without a key, the same request is a new one.
    assertThat(call("POST", OPS + "refund", ops, body).status()).isEqualTo(201);
    assertThat(refundsOf(payment)).isEqualTo(2);
  }

  @Test
  void aRefusalIsReplayedTooAndAFreshKeyRunsAgain() throws Exception {
    UUID payment = paidPayment();
    String key = key();
    String tooMuch = refundBody(payment, 20000, "Too much");

    Answer first = withKey(OPS + "refund", ops, tooMuch, key);
    Answer again = withKey(OPS + "refund", ops, tooMuch, key);

    assertFieldError(first, "amount", "Refund at most");
    assertThat(again.status()).isEqualTo(422);
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(refundsOf(payment)).isZero();
  }

  @Test
  void theSameKeyForAnotherBodyOrAnotherAddressIs422AndChangesNothing() throws Exception {
    UUID payment = paidPayment();
    UUID booking = confirmedBooking(9);
    String key = key();
    assertThat(withKey(OPS + "refund", ops, refundBody(payment, 1000, "Goodwill"), key).status())
        .isEqualTo(201);

    assertProblem(
        withKey(OPS + "refund", ops, refundBody(payment, 2000, "Goodwill"), key),
        422,
        "another request");
    assertProblem(
        withKey(
            OPS + "force-cancel",
            ops,
            "{\"booking\": \"%s\", \"reason\": \"Flood\"}".formatted(booking),
            key),
        422,
        "another request");
    assertThat(refundsOf(payment)).isOne();
    assertThat(refundedMinorOf(payment)).isEqualTo(1000);
    assertThat(statusOf(booking)).isEqualTo("CONFIRMED");
  }

  @Test
  void eightCallsWithOneKeyAtOnceRefundOnce() throws Exception {
    UUID payment = paidPayment();
    String key = key();
    String body = refundBody(payment, 1000, "Goodwill");
    int callers = 8;
    var start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(callers);
    List<Answer> answers = new ArrayList<>();
    try {
      List<Future<Answer>> calls = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        calls.add(
            pool.submit(
                () -> {
                  start.await();
                  return withKey(OPS + "refund", ops, body, key);
                }));
      }
      start.countDown();
      for (Future<Answer> call : calls) {
        answers.add(call.get());
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(refundsOf(payment)).isOne();
    assertThat(refundedMinorOf(payment)).isEqualTo(1000);
    assertThat(answers).extracting(Answer::status).containsOnly(201, 409).contains(201);
    List<Answer> created = answers.stream().filter(a -> a.status() == 201).toList();
    assertThat(created).extracting(Answer::text).containsOnly(created.getFirst().text());
    assertThat(created.stream().filter(a -> a.header("Idempotent-Replayed") == null))
        .as("one ran, the others were replayed")
        .hasSize(1);
    answers.stream()
        .filter(a -> a.status() == 409)
        .forEach(a -> assertProblem(a, 409, "still being processed"));
    // Once the first is done, every repeat is its answer.
    Answer after = withKey(OPS + "refund", ops, body, key);
    assertThat(after.status()).isEqualTo(201);
    assertThat(after.text()).isEqualTo(created.getFirst().text());
  }

  @Test
  void twoCallersWithTheSameKeyDoNotCollide() throws Exception {
    String key = key();
    String other =
        tokenOf(
            com.otopair.booking.BookingFixtures.customers(users, 1).getFirst(),
            ApiTokenScope.CUSTOMER);
    Instant nine = monday.atTime(9, 0).atZone(TORONTO).toInstant();
    Instant ten = monday.atTime(10, 0).atZone(TORONTO).toInstant();
    String hold = "{\"shop\": \"%s\", \"service\": \"%s\", \"start\": \"%s\"}";

    Answer mine =
        withKey(API + "bookings", customer, hold.formatted(slug, fixture.oilChange(), nine), key);
    Answer theirs =
        withKey(API + "bookings", other, hold.formatted(slug, fixture.oilChange(), ten), key);

    assertThat(mine.status()).as(mine.text()).isEqualTo(201);
    assertThat(theirs.status()).as(theirs.text()).isEqualTo(201);
    assertThat(theirs.header("Idempotent-Replayed")).isNull();
    assertThat(theirs.body().path("id").asString()).isNotEqualTo(mine.body().path("id").asString());
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where shop_id = ? and status = 'HELD'",
                Integer.class,
                fixture.shop().shopId()))
        .isEqualTo(2);
  }

  @Test
  void aRepeatedHoldOnTheBookingApiHoldsOnceWithTheSameLocation() throws Exception {
    String key = key();
    Instant nine = monday.atTime(9, 0).atZone(TORONTO).toInstant();
    String hold =
        "{\"shop\": \"%s\", \"service\": \"%s\", \"start\": \"%s\"}"
            .formatted(slug, fixture.oilChange(), nine);

    Answer first = withKey(API + "bookings", customer, hold, key);
    Answer again = withKey(API + "bookings", customer, hold, key);

    assertThat(first.status()).as(first.text()).isEqualTo(201);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.text()).isEqualTo(first.text());
    assertThat(again.header("Location")).isEqualTo(first.header("Location")).isNotNull();
    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where shop_id = ?",
                Integer.class,
                fixture.shop().shopId()))
        .isOne();
  }

  @Test
  void anEmptyOrOverlongKeyIs400AndRunsNothing() throws Exception {
    UUID payment = paidPayment();
    String body = refundBody(payment, 1000, "Goodwill");

    assertProblem(withKey(OPS + "refund", ops, body, ""), 400, "Idempotency-Key");
    assertProblem(withKey(OPS + "refund", ops, body, "k".repeat(256)), 400, "255");
    assertThat(withKey(OPS + "refund", ops, body, "k".repeat(255)).status()).isEqualTo(201);
    assertThat(refundsOf(payment)).isOne();
    // Anonymous calls check the key too, and run as usual (a quote changes nothing).
    assertProblem(
        call(
            "POST",
            API + "quote",
            null,
            "{\"where\": \"H2T 1S6\", \"category\": \"OIL\"}",
            Map.of("Idempotency-Key", "")),
        400,
        "Idempotency-Key");
  }
}
