package com.otopair.journeys;

import static com.otopair.journeys.ApiClient.assertFieldError;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.booking.BookingFixtures;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserProvisioning;
import com.otopair.journeys.ApiClient.Answer;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What a fuzzer sends the booking API: coordinates off the Earth, dates at the ends of time,
 * control characters in every text. Each is a 422 naming its field, never a 500, and no database
 * detail reaches the client.
 */
class ApiInputServerIT extends RunningServer {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");
  static final String FAR_FUTURE = "+999999999-12-31T23:59:59Z";
  static final String FAR_PAST = "-999999999-01-01T00:00:00Z";
  static final String YEAR_ONE_BILLION = "+1000000000-01-01T00:00:00Z";

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired ApiTokens apiTokens;
  @Autowired JdbcTemplate jdbc;
  @Autowired Clock clock;

  final ApiClient api = new ApiClient(PORT);

  BookingFixtures fixture;
  String slug;
  LocalDate monday;
  String customer;

  @BeforeEach
  void shopAndCustomer() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    slug =
        jdbc.queryForObject(
            "select slug from shops where id = ?", String.class, fixture.shop().shopId());
    monday = TestDays.nextMonday(clock, TORONTO);
    String email = BookingFixtures.customers(users, 1).getFirst();
    SignIn.as(userDetails, email);
    try {
      customer = apiTokens.issue("API input test").secret();
    } finally {
      SecurityContextHolder.clearContext();
    }
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }

  Instant at(int hour) {
    return monday.atTime(hour, 0).atZone(TORONTO).toInstant();
  }

  Answer quote(String json) throws Exception {
    return api.call("POST", "/api/v1/quote", null, json);
  }

  Answer hold(String start) throws Exception {
    return api.call(
        "POST",
        "/api/v1/bookings",
        customer,
        """
        {"shop": "%s", "service": "%s", "start": "%s"}"""
            .formatted(slug, fixture.oilChange(), start));
  }

  static String details(String make, String model, String plate, String problem, String phone) {
    return """
        {"vehicle": {"year": 2019, "make": "%s", "model": "%s", "plate": "%s"},
         "problem": "%s", "phone": "%s"}"""
        .formatted(make, model, plate, problem, phone);
  }

  @Test
  void coordinatesOffTheEarthAre422NextToTheirField() throws Exception {
    assertFieldError(quote("{\"latitude\": 91, \"longitude\": -73.58}"), "latitude");
    assertFieldError(quote("{\"latitude\": -91, \"longitude\": -73.58}"), "latitude");
    assertFieldError(quote("{\"latitude\": 45.5, \"longitude\": 181}"), "longitude");
    assertFieldError(quote("{\"latitude\": 1e308, \"longitude\": -73.58}"), "latitude");
    assertFieldError(quote("{\"latitude\": \"Infinity\", \"longitude\": -73.58}"), "latitude");
    assertFieldError(quote("{\"latitude\": 45.5, \"longitude\": \"NaN\"}"), "longitude");

    Answer fine = quote("{\"latitude\": 45.52, \"longitude\": -73.58}");
    assertThat(fine.status()).as(fine.text()).isEqualTo(200);
  }

  @Test
  void datesAtTheEndsOfTimeAre422NextToTheirField() throws Exception {
    assertFieldError(
        quote("{\"where\": \"Montreal\", \"earliest\": \"%s\"}".formatted(FAR_FUTURE)), "earliest");
    assertFieldError(
        quote("{\"where\": \"Montreal\", \"latest\": \"%s\"}".formatted(FAR_FUTURE)), "latest");
    assertFieldError(
        quote("{\"where\": \"Montreal\", \"earliest\": \"%s\"}".formatted(FAR_PAST)), "earliest");
    assertFieldError(hold(FAR_PAST), "start");
    assertFieldError(hold(YEAR_ONE_BILLION), "start");
    assertFieldError(hold(FAR_FUTURE), "start");

    String slots = "/api/v1/shops/%s/slots?service=%s&".formatted(slug, fixture.oilChange());
    assertFieldError(api.call("GET", slots + "from=+999999999-12-31", null, null), "from");
    assertFieldError(api.call("GET", slots + "from=-999999999-01-01", null, null), "from");
    assertFieldError(api.call("GET", slots + "to=+999999999-12-31", null, null), "to");
    assertFieldError(api.call("GET", slots + "to=-999999999-01-01", null, null), "to");
    assertFieldError(
        api.call("GET", slots + "from=+999999999-12-25&to=+999999999-12-31", null, null), "from");

    String id = confirmedBooking();
    for (String start : new String[] {FAR_PAST, YEAR_ONE_BILLION, FAR_FUTURE}) {
      assertFieldError(
          api.call(
              "POST",
              "/api/v1/bookings/" + id + "/reschedule",
              customer,
              "{\"start\": \"%s\"}".formatted(start)),
          "start");
    }
    assertThat(
            jdbc.queryForObject("select status from bookings where id = ?::uuid", String.class, id))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void controlCharactersInAnyTextAre422NextToTheirField() throws Exception {
    assertFieldError(
        api.call(
            "POST",
            "/api/v1/bookings",
            customer,
            """
            {"shop": "%s\\u0000", "service": "%s", "start": "%s"}"""
                .formatted(slug, fixture.oilChange(), at(9))),
        "shop");

    Answer held = hold(at(9).toString());
    assertThat(held.status()).as(held.text()).isEqualTo(201);
    String confirm = "/api/v1/bookings/" + held.body().path("id").asString() + "/confirm";
    String phone = "+1 514 555 0123";
    for (String bad : new String[] {"\\u0000", "\\u0007", "\\u001b[2J", "\\n", "\\t", "\\u007f"}) {
      assertFieldError(
          api.call(
              "POST",
              confirm,
              customer,
              details("Toy" + bad + "ota", "Corolla", "ABC 123", "", phone)),
          "make");
      assertFieldError(
          api.call(
              "POST",
              confirm,
              customer,
              details("Toyota", "Cor" + bad + "olla", "ABC 123", "", phone)),
          "model");
      assertFieldError(
          api.call(
              "POST",
              confirm,
              customer,
              details("Toyota", "Corolla", "ABC" + bad + "123", "", phone)),
          "plate");
      assertFieldError(
          api.call(
              "POST",
              confirm,
              customer,
              details("Toyota", "Corolla", "ABC 123", "", "+1 514" + bad + "555 0123")),
          "phone");
    }
    // A NUL at the end survives trimming: the database refused it until the services did.
    assertFieldError(
        api.call(
            "POST",
            confirm,
            customer,
            details("Toyota", "Corolla", "ABC 123", "", phone + "\\u0000")),
        "phone");
    for (String bad : new String[] {"\\u0000", "\\u0007", "\\u001b[2J", "\\u007f"}) {
      assertFieldError(
          api.call(
              "POST",
              confirm,
              customer,
              details("Toyota", "Corolla", "ABC 123", "Grinding" + bad + " noise", phone)),
          "problem");
    }

    // Lines and tabs are fine in a description.
    Answer confirmed =
        api.call(
            "POST",
            confirm,
            customer,
            details("Toyota", "Corolla", "ABC 123", "Grinding\\n\\tfront left", phone));
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    assertThat(confirmed.body().path("problem").asString()).isEqualTo("Grinding\n\tfront left");

    String cancel = "/api/v1/bookings/" + confirmed.body().path("id").asString() + "/cancel";
    assertFieldError(
        api.call("POST", cancel, customer, "{\"reason\": \"Plans\\u0000 changed\"}"), "reason");
    assertFieldError(
        api.call("POST", cancel, customer, "{\"reason\": \"Plans\\nchanged\"}"), "reason");
    assertThat(
            jdbc.queryForObject(
                "select status from bookings where id = ?::uuid",
                String.class,
                confirmed.body().path("id").asString()))
        .isEqualTo("CONFIRMED");
  }

  private String confirmedBooking() throws Exception {
    Answer held = hold(at(10).toString());
    assertThat(held.status()).as(held.text()).isEqualTo(201);
    Answer confirmed =
        api.call(
            "POST",
            "/api/v1/bookings/" + held.body().path("id").asString() + "/confirm",
            customer,
            details("Toyota", "Corolla", "ABC 123", "Brakes", "+1 514 555 0123"));
    assertThat(confirmed.status()).as(confirmed.text()).isEqualTo(200);
    return confirmed.body().path("id").asString();
  }
}
