package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * {@code GET /api/v1/ops/bookings} over real HTTP: the admin console's search for an operations
 * token only, with its filters, orders and pages in the query string, each bad parameter refused as
 * problem+json naming it, and every booking answered written to the access log with the token.
 */
class OpsBookingsApiServerIT extends OpsApiCalls {

  @Test
  void onlyAnOperationsTokenSearchesEveryShopsBookings() throws Exception {
    String path = OPS + "bookings?shop=" + fixture.shop().shopId();

    assertProblem(call("GET", path, customer, null), 403, "operations API token");
    assertProblem(call("GET", path, adminBooking, null), 403, "operations API token");
    assertProblem(call("GET", path, null, null), 401, "operations API token");
    assertThat(call("GET", path, ops, null).status()).isEqualTo(200);
  }

  @Test
  void aShopsBookingsComeWithTheirShopsClockSourceAndCustomer() throws Exception {
    UUID nine = confirmedBooking(9);
    UUID eleven = confirmedBooking(11);

    Answer answer =
        call(
            "GET",
            OPS + "bookings?shop=" + fixture.shop().shopId() + "&sort=startsAt,asc",
            ops,
            null);

    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("application/json");
    assertThat(ids(answer)).containsExactly(nine, eleven);
    JsonNode first = answer.body().path("bookings").get(0);
    assertThat(first.path("status").asString()).isEqualTo("CONFIRMED");
    assertThat(first.path("source").asString()).isEqualTo("API");
    assertThat(first.path("zone").asString()).isEqualTo("America/Toronto");
    assertThat(first.path("localStart").asString()).isEqualTo(monday + "T09:00:00");
    assertThat(first.path("customer").path("id").asString()).isEqualTo(customerId.toString());
    assertThat(first.path("customerEmail").asString()).isEqualTo(customerEmail);
    assertThat(first.path("shop").path("id").asString())
        .isEqualTo(fixture.shop().shopId().toString());
    assertThat(first.path("price").asLong())
        .isEqualTo(
            jdbc.queryForObject("select price_minor from bookings where id = ?", Long.class, nine));
    assertThat(answer.body().path("next").isNull()).isTrue();

    Answer latestFirst =
        call(
            "GET",
            OPS + "bookings?shop=" + fixture.shop().shopId() + "&sort=startsAt,desc",
            ops,
            null);
    assertThat(ids(latestFirst)).containsExactly(eleven, nine);
  }

  @Test
  void pagesFollowNextUntilItIsNullWithTheFiltersKept() throws Exception {
    List<UUID> made = List.of(confirmedBooking(9), confirmedBooking(11));

    List<UUID> seen = new ArrayList<>();
    String next = OPS + "bookings?shop=" + fixture.shop().shopId() + "&status=confirmed&size=1";
    int pages = 0;
    while (next != null) {
      Answer page = call("GET", next, ops, null);
      assertThat(page.status()).as(page.text()).isEqualTo(200);
      assertThat(page.body().path("size").asInt()).isEqualTo(1);
      seen.addAll(ids(page));
      pages++;
      next = page.body().path("next").isNull() ? null : page.body().path("next").asString();
    }

    assertThat(pages).isEqualTo(2);
    assertThat(seen).containsExactlyInAnyOrderElementsOf(made).doesNotHaveDuplicates();
  }

  @Test
  void aCancelledBookingIsFoundByItsStatusAndNoLongerAsConfirmed() throws Exception {
    UUID kept = confirmedBooking(9);
    UUID cancelled = confirmedBooking(11);
    Answer cancel =
        call(
            "POST",
            OPS + "force-cancel",
            ops,
            "{\"booking\": \"%s\", \"reason\": \"The bay flooded\"}".formatted(cancelled));
    assertThat(cancel.status()).as(cancel.text()).isEqualTo(200);

    String shop = "shop=" + fixture.shop().shopId();
    assertThat(ids(call("GET", OPS + "bookings?" + shop + "&status=CANCELLED", ops, null)))
        .containsExactly(cancelled);
    assertThat(ids(call("GET", OPS + "bookings?" + shop + "&status=CONFIRMED", ops, null)))
        .containsExactly(kept);
    assertThat(ids(call("GET", OPS + "bookings?" + shop + "&source=PHONE", ops, null))).isEmpty();
  }

  @Test
  void theCustomersEmailFindsTheirBookingsWhereverTheyAre() throws Exception {
    UUID booking = confirmedBooking(9);

    Answer found = call("GET", OPS + "bookings?q=" + customerEmail.replace("@", "%40"), ops, null);

    assertThat(found.status()).as(found.text()).isEqualTo(200);
    assertThat(ids(found)).containsExactly(booking);
  }

  @Test
  void eachBadParameterIsRefusedAsAProblemNamingIt() throws Exception {
    assertFieldError(call("GET", OPS + "bookings?status=LOST", ops, null), "status", "LOST");
    assertFieldError(call("GET", OPS + "bookings?source=FAX", ops, null), "source", "FAX");
    assertFieldError(call("GET", OPS + "bookings?shop=42", ops, null), "shop", "42");
    assertFieldError(
        call("GET", OPS + "bookings?from=2026-13-01", ops, null), "from", "2026-13-01");
    assertFieldError(
        call("GET", OPS + "bookings?from=2026-12-09&to=2026-12-01", ops, null), "to", "before");
    assertFieldError(call("GET", OPS + "bookings?sort=price", ops, null), "sort", "price");
    assertFieldError(
        call("GET", OPS + "bookings?sort=startsAt,sideways", ops, null), "sort", "sideways");
    assertFieldError(call("GET", OPS + "bookings?statuss=CONFIRMED", ops, null), "statuss", "q,");
    assertFieldError(call("GET", OPS + "bookings?size=0", ops, null), "size", "1 to 200");
    assertFieldError(call("GET", OPS + "bookings?size=201", ops, null), "size", "1 to 200");
    assertFieldError(call("GET", OPS + "bookings?page=-1", ops, null), "page", "whole number");
    assertFieldError(
        call("GET", OPS + "bookings?page=200&size=50", ops, null), "page", "narrow it");
    assertFieldError(
        call("GET", OPS + "bookings?status=CONFIRMED&status=CANCELLED", ops, null),
        "status",
        "once");
    assertFieldError(call("GET", OPS + "bookings?q=" + "a".repeat(201), ops, null), "q", "200");
  }

  @Test
  void everyBookingAnsweredIsLoggedAsReadWithTheToken() throws Exception {
    UUID nine = confirmedBooking(9);
    UUID eleven = confirmedBooking(11);
    UUID admin =
        jdbc.queryForObject("select id from users where email = ?", UUID.class, adminEmail);

    assertThat(call("GET", OPS + "bookings?shop=" + fixture.shop().shopId(), ops, null).status())
        .isEqualTo(200);

    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.queryForList(
                            "select subject_id from access_log where actor_id = ?"
                                + " and subject_kind = 'BOOKING' and channel = 'API'"
                                + " and customer_id = ? and token_hint is not null",
                            UUID.class,
                            admin,
                            customerId))
                    .containsExactlyInAnyOrder(nine, eleven));
  }

  private static List<UUID> ids(Answer answer) {
    List<UUID> ids = new ArrayList<>();
    answer.body().path("bookings").forEach(b -> ids.add(UUID.fromString(b.path("id").asString())));
    return ids;
  }
}
