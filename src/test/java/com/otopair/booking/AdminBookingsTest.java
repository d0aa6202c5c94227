package com.otopair.booking;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.booking.BookingPaymentStates.State;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountDeletion;
import com.otopair.identity.AccountService;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestDays;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The admins' bookings console: every filter, every order paged with its tie-break, days of each
 * shop's own zone, the search, and names that follow renames and account deletions.
 */
class AdminBookingsTest extends IntegrationTest {

  static final ZoneId VANCOUVER = ZoneId.of("America/Vancouver");
  static final ZoneId ST_JOHNS = ZoneId.of("America/St_Johns");

  @Autowired AdminBookings admin;
  @Autowired BookingHolds holds;
  @Autowired ShopBookings shopBookings;
  @Autowired AccountService accounts;
  @Autowired AccountDeletion deletion;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  /** Found in every name this test makes, so a search by it sees only this test's bookings. */
  String tag;

  ScheduleFixtures vancouver;
  ScheduleFixtures stJohns;
  UUID vancouverService;
  UUID stJohnsService;
  UUID ava;
  String avaEmail;
  UUID ben;
  String benEmail;
  LocalDate day;

  @BeforeEach
  void shopsAndCustomers() {
    tag = "q" + UUID.randomUUID().toString().substring(0, 7);
    vancouver = ScheduleFixtures.create(users, shops, membership, VANCOUVER.getId());
    stJohns = ScheduleFixtures.create(users, shops, membership, ST_JOHNS.getId());
    vancouverService =
        shops.addOffering(
            vancouver.shopId(),
            ScheduleFixtures.service(60, new Money(9000, "CAD"), OfferingMode.IN_SHOP));
    stJohnsService =
        shops.addOffering(
            stJohns.shopId(),
            ScheduleFixtures.service(60, new Money(7000, "CAD"), OfferingMode.IN_SHOP));
    avaEmail = "ava-" + tag + "@example.test";
    ava = users.createVerifiedUser(avaEmail, "Ava " + tag, Roles.CUSTOMER, "a long passphrase");
    benEmail = "ben-" + tag + "@example.test";
    ben = users.createVerifiedUser(benEmail, "Ben " + tag, Roles.CUSTOMER, "a long passphrase");
    day = LocalDate.now(clock).plusDays(20);
  }

  private void asAdmin() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
  }

  /** A booking written by SQL alone, as fixtures and bench generators write them. */
  private UUID insert(
      ScheduleFixtures shop, UUID mechanic, UUID customer, String status, Instant start) {
    return insert(shop, mechanic, customer, status, "WEB", start, clock.instant());
  }

  private UUID insert(
      ScheduleFixtures shop,
      UUID mechanic,
      UUID customer,
      String status,
      String source,
      Instant start,
      Instant created) {
    UUID id = UUID.randomUUID();
    UUID offering = shop == vancouver ? vancouverService : stJohnsService;
    jdbc.update(
        "insert into bookings (id, shop_id, mechanic_id, customer_id, offering_id, service_name,"
            + " status, starts_at, ends_at, blocked_from, blocked_until, price_minor, currency,"
            + " multiplier, created_at, source)"
            + " values (?, ?, ?, ?, ?, 'Service', ?, ?, ?, ?, ?, 9000, 'CAD', 1, ?, ?)",
        id,
        shop.shopId(),
        mechanic,
        customer,
        offering,
        status,
        ts(start),
        ts(start.plus(Duration.ofHours(1))),
        ts(start),
        ts(start.plus(Duration.ofHours(1))),
        ts(created),
        source);
    return id;
  }

  private static java.sql.Timestamp ts(Instant at) {
    return java.sql.Timestamp.from(at);
  }

  private Instant at(ZoneId zone, LocalDate date, int hour, int minute) {
    return date.atTime(LocalTime.of(hour, minute)).atZone(zone).toInstant();
  }

  private List<AdminBookings.Row> found(BookingConsoleFilter filter) {
    asAdmin();
    return admin.search(filter, PageRequest.of(0, 50)).getContent();
  }

  private List<UUID> ids(BookingConsoleFilter filter) {
    return found(filter).stream().map(AdminBookings.Row::id).toList();
  }

  private BookingConsoleFilter text(String text) {
    return new BookingConsoleFilter(text, null, null, null, null, null);
  }

  private BookingConsoleFilter mine() {
    return text(tag);
  }

  @Test
  void aBookingMadeOnTheWebShowsItsNamesZonePriceAndFollowsAChangeOfMechanic() {
    var toronto = BookingFixtures.create(users, shops, membership, schedules);
    ZoneId zone = ZoneId.of("America/Toronto");
    LocalDate monday = TestDays.nextMonday(clock, zone);
    SignIn.as(userDetails, avaEmail);
    var held =
        holds.hold(
            toronto.shop().shopId(),
            toronto.oilChange(),
            toronto.shop().alex(),
            monday.atTime(10, 0).atZone(zone).toInstant());
    UUID booking = holds.confirm(held.id(), BookingHoldsTest.details()).id();

    AdminBookings.Row row = found(text(avaEmail)).getFirst();

    assertThat(row.id()).isEqualTo(booking);
    assertThat(row.status()).isEqualTo(BookingStatus.CONFIRMED);
    assertThat(row.source()).isEqualTo(BookingSource.WEB);
    assertThat(row.shopId()).isEqualTo(toronto.shop().shopId());
    assertThat(row.shopName())
        .isEqualTo(
            jdbc.queryForObject(
                "select name from shops where id = ?", String.class, toronto.shop().shopId()));
    assertThat(row.zone()).isEqualTo(zone);
    assertThat(row.customerId()).isEqualTo(ava);
    assertThat(row.customerName()).isEqualTo("Ava " + tag);
    assertThat(row.customerEmail()).isEqualTo(avaEmail);
    assertThat(row.mechanicName()).isEqualTo("Alex Martin");
    assertThat(row.serviceName()).isEqualTo("Oil change");
    assertThat(row.startsAt()).isEqualTo(monday.atTime(10, 0).atZone(zone).toInstant());
    assertThat(row.endsAt()).isEqualTo(monday.atTime(11, 0).atZone(zone).toInstant());
    assertThat(row.price())
        .isEqualTo(
            new Money(
                jdbc.queryForObject(
                    "select price_minor from bookings where id = ?", Long.class, booking),
                "CAD"));
    assertThat(row.createdAt())
        .isEqualTo(
            jdbc.queryForObject(
                    "select created_at from bookings where id = ?",
                    java.sql.Timestamp.class,
                    booking)
                .toInstant());

    SignIn.as(userDetails, toronto.shop().ownerEmail());
    shopBookings.reassign(booking, toronto.shop().bea());

    assertThat(found(text(avaEmail)).getFirst().mechanicName()).isEqualTo("Béa Roy");
    assertThat(ids(text("bea roy " + tag))).isEmpty();
    assertThat(
            ids(
                new BookingConsoleFilter(
                    "béa roy", null, null, toronto.shop().shopId(), null, null)))
        .containsExactly(booking);
  }

  @Test
  void eachFilterNarrowsToItsBookings() {
    Instant start = at(VANCOUVER, day, 9, 0);
    UUID web = insert(vancouver, vancouver.alex(), ava, "COMPLETED", start);
    UUID phone =
        insert(
            vancouver,
            vancouver.bea(),
            ben,
            "NO_SHOW",
            "PHONE",
            start.plus(Duration.ofDays(1)),
            clock.instant());
    UUID other = insert(stJohns, stJohns.alex(), ava, "CANCELLED", start);

    assertThat(ids(mine())).containsExactlyInAnyOrder(web, phone, other);
    assertThat(ids(new BookingConsoleFilter(tag, BookingStatus.NO_SHOW, null, null, null, null)))
        .containsExactly(phone);
    assertThat(ids(new BookingConsoleFilter(tag, null, BookingSource.PHONE, null, null, null)))
        .containsExactly(phone);
    assertThat(ids(new BookingConsoleFilter(tag, null, null, stJohns.shopId(), null, null)))
        .containsExactly(other);
    assertThat(
            ids(
                new BookingConsoleFilter(
                    tag, BookingStatus.COMPLETED, BookingSource.WEB, vancouver.shopId(), day, day)))
        .containsExactly(web);
    assertThat(
            ids(
                new BookingConsoleFilter(
                    tag, BookingStatus.COMPLETED, BookingSource.PHONE, null, null, null)))
        .isEmpty();
  }

  @Test
  void theSearchFindsACustomerEmailShopMechanicServiceOrTheStartOfTheId() {
    UUID booking = insert(vancouver, vancouver.bea(), ava, "COMPLETED", at(VANCOUVER, day, 9, 0));
    insert(stJohns, stJohns.alex(), ben, "COMPLETED", at(ST_JOHNS, day, 9, 0));
    String shopName =
        jdbc.queryForObject(
            "select name from shops where id = ?", String.class, vancouver.shopId());

    assertThat(ids(text("  AVA " + tag.toUpperCase(Locale.ROOT) + " "))).containsExactly(booking);
    assertThat(ids(text(avaEmail))).containsExactly(booking);
    assertThat(ids(new BookingConsoleFilter(shopName, null, null, null, null, null)))
        .containsExactly(booking);
    assertThat(ids(new BookingConsoleFilter("Bea ROY", null, null, vancouver.shopId(), null, null)))
        .containsExactly(booking);
    assertThat(ids(new BookingConsoleFilter("service", null, null, vancouver.shopId(), null, null)))
        .containsExactly(booking);
    assertThat(ids(text(booking.toString().substring(0, 8)))).contains(booking);
    assertThat(ids(text(booking.toString().substring(0, 13).toUpperCase(Locale.ROOT))))
        .contains(booking);
    assertThat(ids(text(booking.toString()))).containsExactly(booking);
    assertThat(ids(text("100%_" + tag))).isEmpty();
    assertThat(ids(text(tag + "\u0000\u0007"))).hasSize(2);
  }

  @Test
  void daysAreThoseOfEachBookingsOwnShopZone() {
    // 21:00 in Vancouver on the day is 05:00 UTC the next day; 23:45 in St. John's is 02:15 or
    // 03:15 UTC the next day (its offset is −2:30 or −3:30); 00:15 there is already the next day.
    UUID vancouverLate =
        insert(vancouver, vancouver.alex(), ava, "COMPLETED", at(VANCOUVER, day, 21, 0));
    UUID vancouverEarly =
        insert(vancouver, vancouver.bea(), ava, "COMPLETED", at(VANCOUVER, day.plusDays(1), 0, 0));
    UUID stJohnsLate = insert(stJohns, stJohns.alex(), ben, "COMPLETED", at(ST_JOHNS, day, 23, 45));
    UUID stJohnsNext =
        insert(stJohns, stJohns.bea(), ben, "COMPLETED", at(ST_JOHNS, day.plusDays(1), 0, 15));
    UUID stJohnsEarly = insert(stJohns, stJohns.alex(), ben, "COMPLETED", at(ST_JOHNS, day, 0, 0));

    assertThat(ids(new BookingConsoleFilter(tag, null, null, null, day, day)))
        .containsExactlyInAnyOrder(vancouverLate, stJohnsLate, stJohnsEarly);
    assertThat(ids(new BookingConsoleFilter(tag, null, null, null, day.plusDays(1), null)))
        .containsExactlyInAnyOrder(vancouverEarly, stJohnsNext);
    assertThat(ids(new BookingConsoleFilter(tag, null, null, null, null, day.minusDays(1))))
        .isEmpty();
    assertThat(ids(new BookingConsoleFilter(tag, null, null, null, null, day)))
        .containsExactlyInAnyOrder(vancouverLate, stJohnsLate, stJohnsEarly);

    AdminBookings.Row late = found(text(benEmail)).getFirst();
    assertThat(late.zone()).isEqualTo(ST_JOHNS);
    assertThat(Formats.of(Locale.CANADA).shortWhenIn(late.startsAt(), late.zone()))
        .endsWith("12:15 AM · St. John's");
    assertThat(Formats.of(Locale.CANADA).place(VANCOUVER)).isEqualTo("Vancouver");
  }

  @Test
  void everyOrderPagesThroughEveryBookingOnceWithTheIdBreakingTies() {
    Instant start = at(VANCOUVER, day, 9, 0);
    Instant made = clock.instant().minus(Duration.ofDays(3));
    String[] statuses = {"COMPLETED", "CANCELLED", "NO_SHOW", "COMPLETED"};
    // Pairs share a start, a time made, a shop, a customer and a status: only the id tells them
    // apart, and the pages must not repeat or lose one.
    for (int i = 0; i < 8; i++) {
      ScheduleFixtures shop = i % 3 == 0 ? stJohns : vancouver;
      UUID mechanic = i % 2 == 0 ? shop.alex() : shop.bea();
      insert(
          shop,
          mechanic,
          i % 4 < 2 ? ava : ben,
          statuses[i / 2 % 4],
          "WEB",
          start.plus(Duration.ofDays(i / 2)),
          made.plus(Duration.ofHours(i / 3)));
    }
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select id::text as id, starts_at, created_at, shop_name, customer_name, status"
                + " from bookings where customer_id in (?, ?)",
            ava,
            ben);
    assertThat(rows).hasSize(8);

    // Sorting the few matches, then walking each order's index first (as a million bookings do).
    asAdmin();
    for (long sortBelow : new long[] {-1, 0}) {
      admin.sortMatchesBelow(sortBelow);
      try {
        everyOrderPagesThrough(rows);
      } finally {
        asAdmin();
        admin.sortMatchesBelow(-1);
      }
    }
    assertThat(pages(Sort.unsorted()))
        .containsExactlyElementsOf(pages(Sort.by(Sort.Direction.DESC, "startsAt")));
  }

  @Test
  void aWordShopNamesHoldSortsByShopWithTheBookingsWhoseOtherNamesHoldIt() {
    // "Garage <word>" holds the word in its name: all its bookings match, read in order from the
    // shop-name index; at the other shop only Cleo's match, through her own name. Cleo's booking
    // at the garage matches both ways and must come once.
    String word = "w" + tag;
    jdbc.update("update shops set name = ? where id = ?", "Garage " + word, vancouver.shopId());
    UUID cleo =
        users.createVerifiedUser(
            "cleo-" + tag + "@example.test", "Cléo " + word, Roles.CUSTOMER, "a long passphrase");
    Instant start = at(VANCOUVER, day, 9, 0);
    List<UUID> customers = List.of(ava, ben, cleo);
    for (int i = 0; i < 9; i++) {
      insert(
          i % 2 == 0 ? vancouver : stJohns,
          i % 2 == 0 ? vancouver.alex() : stJohns.alex(),
          customers.get(i % 3),
          "COMPLETED",
          start.plus(Duration.ofHours(i / 3)));
    }
    List<Map<String, Object>> rows =
        jdbc.queryForList(
            "select id::text as id, starts_at, shop_name from bookings"
                + " where customer_id in (?, ?, ?) and search_text like ?",
            ava,
            ben,
            cleo,
            "%" + word + "%");
    assertThat(rows).hasSize(6);

    BookingConsoleFilter byWord = text(word.toUpperCase(Locale.ROOT));
    for (long sortBelow : new long[] {-1, 0}) {
      asAdmin();
      admin.sortMatchesBelow(sortBelow);
      try {
        for (Sort.Direction direction : Sort.Direction.values()) {
          Comparator<Map<String, Object>> order =
              Comparator.<Map<String, Object>, String>comparing(r -> (String) r.get("shop_name"))
                  .thenComparing(r -> (java.sql.Timestamp) r.get("starts_at"))
                  .thenComparing(r -> (String) r.get("id"));
          if (direction.isDescending()) {
            order = order.reversed();
          }
          assertThat(pages(byWord, Sort.by(direction, "shopName")))
              .as("%s, sorting below %d", direction, sortBelow)
              .containsExactlyElementsOf(
                  rows.stream()
                      .sorted(order)
                      .map(r -> UUID.fromString((String) r.get("id")))
                      .toList());
        }
      } finally {
        asAdmin();
        admin.sortMatchesBelow(-1);
      }
    }
    // Words may span the shop's name and the mechanic's after it: they are still found.
    String mechanic =
        jdbc.queryForObject(
            "select display_name from users where id = ?", String.class, vancouver.alex());
    assertThat(found(text(word + " " + mechanic.split(" ")[0])))
        .hasSize(5)
        .allMatch(r -> r.shopId().equals(vancouver.shopId()));
  }

  private void everyOrderPagesThrough(List<Map<String, Object>> rows) {
    for (String property : BookingConsoleFilter.SORTS) {
      for (Sort.Direction direction : Sort.Direction.values()) {
        Comparator<Map<String, Object>> byKey =
            switch (property) {
              case "startsAt" -> Comparator.comparing(r -> (java.sql.Timestamp) r.get("starts_at"));
              case "createdAt" ->
                  Comparator.comparing(r -> (java.sql.Timestamp) r.get("created_at"));
              case "shopName" ->
                  Comparator.<Map<String, Object>, String>comparing(
                          r -> (String) r.get("shop_name"))
                      .thenComparing(r -> (java.sql.Timestamp) r.get("starts_at"));
              case "customerName" ->
                  Comparator.<Map<String, Object>, String>comparing(
                          r -> (String) r.get("customer_name"))
                      .thenComparing(r -> (java.sql.Timestamp) r.get("starts_at"));
              default ->
                  Comparator.<Map<String, Object>, String>comparing(r -> (String) r.get("status"))
                      .thenComparing(r -> (java.sql.Timestamp) r.get("starts_at"));
            };
        Comparator<Map<String, Object>> order = byKey.thenComparing(r -> (String) r.get("id"));
        if (direction.isDescending()) {
          order = order.reversed();
        }
        List<UUID> expected =
            rows.stream().sorted(order).map(r -> UUID.fromString((String) r.get("id"))).toList();

        assertThat(pages(Sort.by(direction, property)))
            .as("%s %s", property, direction)
            .containsExactlyElementsOf(expected);
      }
    }
  }

  /** Every page of this test's bookings, three at a time, in {@code sort}. */
  private List<UUID> pages(Sort sort) {
    return pages(mine(), sort);
  }

  private List<UUID> pages(BookingConsoleFilter filter, Sort sort) {
    asAdmin();
    List<UUID> all = new ArrayList<>();
    Pageable page = PageRequest.of(0, 3, sort);
    while (true) {
      Slice<AdminBookings.Row> slice = admin.search(filter, page);
      slice.forEach(r -> all.add(r.id()));
      if (!slice.hasNext()) {
        return all;
      }
      page = page.next();
    }
  }

  @Test
  void anOrderOrAFilterTheConsoleDoesNotOfferIsRefusedNextToIt() {
    asAdmin();
    assertRefusedAt(
        () -> admin.search(mine(), PageRequest.of(0, 10, Sort.by("problem"))), "sort", "problem");
    assertRefusedAt(
        () ->
            admin.search(
                new BookingConsoleFilter("", null, null, null, LocalDate.of(9999, 1, 1), null),
                PageRequest.of(0, 10)),
        "from",
        "");
    assertRefusedAt(
        () -> new BookingConsoleFilter("", null, null, null, day, day.minusDays(1)),
        "to",
        "before");
    assertRefusedAt(() -> text("x".repeat(201)), "q", "200");
    assertRefusedAt(() -> admin.search(mine(), PageRequest.of(0, 501)), "size", "500");
  }

  @Test
  void theQueryStringSaysAFilterAndAnOrderAndBadValuesAreRefusedByName() {
    var filter =
        new BookingConsoleFilter(
            "Ava", BookingStatus.CONFIRMED, BookingSource.PHONE, vancouver.shopId(), day, day);
    assertThat(BookingConsoleFilter.parse(filter.query())).isEqualTo(filter);
    assertThat(BookingConsoleFilter.parse(Map.of())).isEqualTo(BookingConsoleFilter.any());
    assertThat(BookingConsoleFilter.parse(Map.of("status", List.of("no_show"), "q", List.of(" "))))
        .isEqualTo(new BookingConsoleFilter("", BookingStatus.NO_SHOW, null, null, null, null));
    assertThat(BookingConsoleFilter.sort(Map.of())).isEqualTo(BookingConsoleFilter.DEFAULT_SORT);
    assertThat(BookingConsoleFilter.sort(Map.of("sort", List.of("shopName,desc"))))
        .isEqualTo(Sort.by(Sort.Direction.DESC, "shopName"));
    assertThat(BookingConsoleFilter.sort(Map.of("sort", List.of("createdAt"))))
        .isEqualTo(Sort.by(Sort.Direction.ASC, "createdAt"));
    Sort sort = Sort.by(Sort.Direction.DESC, "customerName");
    assertThat(
            BookingConsoleFilter.sort(
                Map.of("sort", List.of(BookingConsoleFilter.sortParameter(sort)))))
        .isEqualTo(sort);

    Map<String, String> refusals =
        Map.of(
            "status", "PAID",
            "source", "fax",
            "shop", "not-a-shop",
            "from", "2026-13-01",
            "to", "yesterday",
            "sort", "price,desc");
    refusals.forEach(
        (name, value) ->
            assertThatThrownBy(
                    () -> {
                      var query = Map.of(name, List.of(value));
                      BookingConsoleFilter.parse(query);
                      BookingConsoleFilter.sort(query);
                    })
                .as(name)
                .isInstanceOfSatisfying(
                    InvalidRequestException.class,
                    e -> {
                      assertThat(e.field()).isEqualTo(name);
                      assertThat(I18n.isKey(e.key())).isTrue();
                      assertThat(e.getMessage()).contains(value);
                    }));
    assertThatThrownBy(
            () -> BookingConsoleFilter.parse(Map.of("status", List.of("CONFIRMED", "HELD"))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("status"));
    assertThatThrownBy(
            () ->
                BookingConsoleFilter.parse(
                    Map.of("from", List.of("2026-12-08"), "to", List.of("2026-12-07"))))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("to"));
  }

  @Test
  void theConsoleFollowsRenamesOfCustomersMechanicsAndShops() {
    UUID booking = insert(vancouver, vancouver.alex(), ava, "COMPLETED", at(VANCOUVER, day, 9, 0));

    SignIn.as(userDetails, avaEmail);
    accounts.updateProfile("Avery " + tag, null);
    SignIn.as(userDetails, vancouver.alexEmail());
    accounts.updateProfile("Alexandre Martin", null);
    jdbc.update("update shops set name = ? where id = ?", "Garage " + tag, vancouver.shopId());

    AdminBookings.Row row = found(mine()).getFirst();
    assertThat(row.id()).isEqualTo(booking);
    assertThat(row.customerName()).isEqualTo("Avery " + tag);
    assertThat(row.mechanicName()).isEqualTo("Alexandre Martin");
    assertThat(row.shopName()).isEqualTo("Garage " + tag);
    assertThat(ids(text("avery " + tag))).containsExactly(booking);
    assertThat(
            ids(new BookingConsoleFilter("alexandre", null, null, vancouver.shopId(), null, null)))
        .containsExactly(booking);
    assertThat(ids(text("ava " + tag))).isEmpty();
  }

  @Test
  void aDeletedAccountsBookingsNameNobody() {
    UUID booking = insert(vancouver, vancouver.alex(), ava, "COMPLETED", at(VANCOUVER, day, 9, 0));

    SignIn.as(userDetails, avaEmail);
    assertThat(deletion.deleteMyAccount(avaEmail)).isTrue();

    assertThat(ids(text(avaEmail))).isEmpty();
    AdminBookings.Row row =
        found(new BookingConsoleFilter("", null, null, vancouver.shopId(), null, null)).getFirst();
    assertThat(row.id()).isEqualTo(booking);
    assertThat(row.customerName()).isEqualTo("Deleted customer");
    assertThat(row.customerEmail()).isEqualTo("deleted-" + ava + "@deleted.invalid");
    assertThat(
            jdbc.queryForObject(
                "select count(*) from bookings where customer_id = ? and search_text like ?",
                Long.class,
                ava,
                "%" + tag + "%"))
        .isZero();
  }

  @Test
  void thePaymentColumnSaysWhereEachBookingsPaymentStands() {
    Map<State, String[]> payments =
        Map.of(
            State.PAID, new String[] {"CAPTURED:0"},
            State.PARTLY_REFUNDED, new String[] {"CAPTURED:3000"},
            State.REFUNDED, new String[] {"REFUNDED:9000"},
            State.FAILED, new String[] {"EXPIRED:0:payments.failure.not-paid"},
            State.NOT_PAID, new String[] {"EXPIRED:0"},
            State.DUE, new String[] {"EXPIRED:0:payments.failure.not-paid", "DUE:0"},
            State.RELEASED, new String[] {"CANCELLED:0"});
    Map<UUID, State> expected = new java.util.HashMap<>();
    int hour = 0;
    for (var entry : payments.entrySet()) {
      UUID booking =
          insert(vancouver, vancouver.alex(), ava, "COMPLETED", at(VANCOUVER, day, hour++, 0));
      expected.put(booking, entry.getKey());
      int minute = 0;
      for (String payment : entry.getValue()) {
        String[] parts = payment.split(":");
        boolean captured = parts[0].equals("CAPTURED") || parts[0].equals("REFUNDED");
        jdbc.update(
            "insert into payments (id, shop_id, customer_id, subject_kind, subject_id, description,"
                + " gateway, status, currency, amount_minor, captured_minor, refunded_minor,"
                + " failure, created_at, updated_at)"
                + " values (?, ?, ?, 'BOOKING', ?, 'Test', 'OFFLINE', ?, 'CAD', 9000, ?, ?, ?, ?, ?)",
            UUID.randomUUID(),
            vancouver.shopId(),
            ava,
            booking,
            parts[0],
            captured ? 9000 : 0,
            Long.parseLong(parts[1]),
            parts.length > 2 ? parts[2] + "\u001f" : null,
            ts(clock.instant().plusSeconds(minute)),
            ts(clock.instant().plusSeconds(minute++)));
      }
    }
    UUID none = insert(vancouver, vancouver.bea(), ava, "COMPLETED", at(VANCOUVER, day, 20, 0));
    expected.put(none, State.NONE);

    Map<UUID, State> shown = new java.util.HashMap<>();
    found(mine()).forEach(r -> shown.put(r.id(), r.payment()));

    assertThat(shown).isEqualTo(expected);
    assertThat(found(mine()).stream().map(AdminBookings.Row::paymentLabel))
        .contains("Paid", "Partly refunded", "Refunded", "Failed", "Not paid", "No payment");
  }

  @Test
  void everyAdminSeesTheConsoleAndNobodyElse() {
    UUID booking = insert(vancouver, vancouver.alex(), ava, "COMPLETED", at(VANCOUVER, day, 9, 0));
    String otherAdmin = "admin-" + tag + "@example.test";
    users.createVerifiedUser(otherAdmin, "Ola Admin", Roles.ADMIN, "a long passphrase");

    SignIn.as(userDetails, otherAdmin);
    assertThat(admin.search(mine(), PageRequest.of(0, 10)).getContent())
        .extracting(AdminBookings.Row::id)
        .containsExactly(booking);
    assertThat(admin.shops()).extracting(AdminBookings.ShopChoice::id).contains(vancouver.shopId());

    for (String email : List.of(avaEmail, vancouver.ownerEmail(), vancouver.alexEmail())) {
      SignIn.as(userDetails, email);
      assertThatThrownBy(() -> admin.search(mine(), PageRequest.of(0, 10)))
          .isInstanceOf(AccessDeniedException.class);
      assertThatThrownBy(() -> admin.shops()).isInstanceOf(AccessDeniedException.class);
    }
  }
}
