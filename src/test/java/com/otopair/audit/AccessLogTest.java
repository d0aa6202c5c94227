package com.otopair.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.base.AccessReads;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.reviews.ReviewFixtures;
import com.otopair.support.KaribuTest;
import com.otopair.support.ListenerRuns;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * Each kind of read lands in the access log once, with who read, whose data, as which shop's member
 * and through which channel, checked in SQL; the write survives replays and races.
 */
class AccessLogTest extends KaribuTest {

  @Autowired AccessLog accessLog;
  @Autowired AccessReads reads;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;
  @Autowired ApplicationContext beans;
  @Autowired WebApplicationContext web;

  ReviewFixtures fixtures;
  ReviewFixtures.Shop shop;
  String customerEmail;
  UUID customer;
  UUID booking;

  @BeforeEach
  void aShopAndACustomerWithABooking() {
    fixtures = new ReviewFixtures(beans);
    shop = fixtures.shop();
    customerEmail = fixtures.customers(1).getFirst();
    customer = fixtures.userId(customerEmail);
    booking = fixtures.confirmed(shop, customerEmail);
  }

  /** The entries about {@code subjectId}, once the buffer went through the outbox. */
  private List<Map<String, Object>> entriesAbout(UUID subjectId, int expected) {
    accessLog.flush();
    Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> count(subjectId) >= expected);
    return jdbc.queryForList(
        "select * from access_log where subject_id = ? order by occurred_at", subjectId);
  }

  private int count(UUID subjectId) {
    return jdbc.queryForObject(
        "select count(*) from access_log where subject_id = ?", Integer.class, subjectId);
  }

  private UUID admin() {
    return fixtures.userId(DemoAccounts.ADMIN.email());
  }

  @Test
  void anAdminOpeningAUserIsOneEntryAboutThatUser() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/users?q=" + customerEmail);
    @SuppressWarnings("unchecked")
    Grid<Object> grid = _get(Grid.class, spec -> spec.withId("users-grid"));
    assertThat(GridKt._size(grid)).isOne();
    var actions = GridKt._getCellComponent(grid, 0, "actions");
    _click(_get(actions, Button.class, spec -> spec.withText("Role")));

    var entry = entriesAbout(customer, 1).getFirst();
    assertThat(count(customer)).isOne();
    assertThat(entry)
        .containsEntry("subject_kind", "USER")
        .containsEntry("actor_id", admin())
        .containsEntry("actor_role", "ADMIN")
        .containsEntry("customer_id", customer)
        .containsEntry("channel", "SCREEN");
    assertThat(entry.get("shop_id")).isNull();
    assertThat(entry.get("token_hint")).isNull();
  }

  @Test
  void anOwnerOpeningACustomersBookingIsOneEntryWithTheShop() {
    signInAs(shop.booking().shop().ownerEmail());
    navigate("shop-bookings");
    @SuppressWarnings("unchecked")
    Grid<Object> grid = _get(Grid.class, spec -> spec.withId("shop-bookings"));
    int row = -1;
    for (int i = 0; i < GridKt._size(grid); i++) {
      if (GridKt._getFormattedRow(grid, i).contains("Casey Customer 0")) {
        row = i;
      }
    }
    assertThat(row).isNotNegative();
    var actions = GridKt._getCellComponent(grid, row, "actions");
    _click(_get(actions, Button.class, spec -> spec.withText("Cancel…")));

    var entry = entriesAbout(booking, 1).getFirst();
    assertThat(count(booking)).isOne();
    assertThat(entry)
        .containsEntry("subject_kind", "BOOKING")
        .containsEntry("actor_id", fixtures.userId(shop.booking().shop().ownerEmail()))
        .containsEntry("actor_role", "SHOP_OWNER")
        .containsEntry("customer_id", customer)
        .containsEntry("shop_id", shop.id())
        .containsEntry("channel", "SCREEN");
  }

  @Test
  void anOwnerOpeningACustomersJobIsOneEntryWithTheShop() {
    UUID visited = fixtures.completed(shop, customerEmail);
    UUID job = jdbc.queryForObject("select id from jobs where booking_id = ?", UUID.class, visited);
    signInAs(shop.booking().shop().ownerEmail());
    navigate("jobs/" + job);
    assertThat(currentView()).isEqualTo("JobView");

    var entry = entriesAbout(job, 1).getFirst();
    assertThat(count(job)).isOne();
    assertThat(entry)
        .containsEntry("subject_kind", "JOB")
        .containsEntry("actor_id", fixtures.userId(shop.booking().shop().ownerEmail()))
        .containsEntry("actor_role", "SHOP_OWNER")
        .containsEntry("customer_id", customer)
        .containsEntry("shop_id", shop.id());
  }

  @Test
  void anApiReadOfABookingIsAnEntryOfTheApiWithTheTokensHint() throws Exception {
    String token = "otp_" + UUID.randomUUID().toString().replace("-", "");
    users.issueApiToken(customer, "script", token);
    MockMvc mvc =
        MockMvcBuilders.webAppContextSetup(web)
            .apply(SecurityMockMvcConfigurers.springSecurity())
            .build();
    SecurityContextHolder.clearContext();

    int one =
        mvc.perform(get("/api/v1/bookings/" + booking).header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse()
            .getStatus();
    int list =
        mvc.perform(get("/api/v1/bookings").header("Authorization", "Bearer " + token))
            .andReturn()
            .getResponse()
            .getStatus();
    assertThat(one).isEqualTo(200);
    assertThat(list).isEqualTo(200);

    var entry = entriesAbout(booking, 1).getFirst();
    assertThat(entry)
        .containsEntry("subject_kind", "BOOKING")
        .containsEntry("actor_id", customer)
        .containsEntry("customer_id", customer)
        .containsEntry("channel", "API");
    assertThat(entry).containsEntry("token_hint", token.substring(0, 8));
    var listed = entriesAbout(customer, 1).getFirst();
    assertThat(listed).containsEntry("subject_kind", "BOOKINGS").containsEntry("channel", "API");
  }

  @Test
  void aReadInsideAReadOnlyTransactionStillLands() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    UUID payment = UUID.randomUUID();
    transactions.execute(
        tx -> {
          tx.setRollbackOnly();
          reads.read(AccessReads.Subject.PAYMENT, payment, customer, null);
          return null;
        });
    var readOnly = new TransactionTemplate(transactions.getTransactionManager());
    readOnly.setReadOnly(true);
    UUID other = UUID.randomUUID();
    readOnly.executeWithoutResult(
        tx -> reads.read(AccessReads.Subject.PAYMENT, other, customer, null));

    assertThat(entriesAbout(payment, 1)).hasSize(1);
    assertThat(entriesAbout(other, 1)).hasSize(1);
  }

  @Test
  void nobodySignedInRecordsNothing() {
    SecurityContextHolder.clearContext();
    UUID subject = UUID.randomUUID();
    reads.read(AccessReads.Subject.USER, subject, subject, null);
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    UUID marker = UUID.randomUUID();
    reads.read(AccessReads.Subject.USER, marker, marker, null);

    entriesAbout(marker, 1);
    assertThat(count(subject)).isZero();
  }

  @Test
  void aBatchDeliveredTwiceAndTwiceAtOnceRecordsEachReadOnce() throws Exception {
    var first = entry(UUID.randomUUID());
    var second = entry(first.subjectId());
    AccessLog listener = ListenerRuns.target(accessLog);

    ListenerRuns.twiceInARowAndTwiceAtOnce(
        transactions, () -> listener.on(new AccessesRead(List.of(first, second))));

    assertThat(count(first.subjectId())).isEqualTo(2);
    assertThat(
            jdbc.queryForObject(
                "select count(distinct id) from access_log where subject_id = ?",
                Integer.class,
                first.subjectId()))
        .isEqualTo(2);
  }

  @Test
  void onlyAdminsSearchTheLog() {
    SignIn.as(userDetails, shop.booking().shop().ownerEmail());
    assertThatThrownBy(() -> accessLog.search(AccessFilter.any(), PageRequest.of(0, 10)))
        .isInstanceOf(AccessDeniedException.class);
    SignIn.as(userDetails, DemoAccounts.CUSTOMER.email());
    assertThatThrownBy(() -> accessLog.shops()).isInstanceOf(AccessDeniedException.class);
  }

  private AccessEntry entry(UUID subject) {
    return new AccessEntry(
        UUID.randomUUID(),
        clock.instant(),
        admin(),
        "ADMIN",
        AccessReads.Subject.BOOKING,
        subject,
        customer,
        null,
        AccessChannel.SCREEN,
        null,
        "127.0.0.1");
  }
}
