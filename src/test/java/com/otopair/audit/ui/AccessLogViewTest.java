package com.otopair.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.audit.AccessChannel;
import com.otopair.audit.AccessRecord;
import com.otopair.base.AccessReads;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.ui.Titles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The access log's screen: filters in the address (read back from a shared link, written on every
 * change), a filter it can't use marked on its field, one shop's reads apart from another's, and
 * only admins get in.
 */
class AccessLogViewTest extends KaribuTest {

  @Autowired JdbcTemplate jdbc;
  @Autowired UserProvisioning users;

  String customerEmail;
  UUID customer;
  String readerEmail;
  UUID reader;
  UUID shopA = UUID.randomUUID();
  UUID shopB = UUID.randomUUID();
  UUID bookingA = UUID.randomUUID();
  UUID bookingB = UUID.randomUUID();
  UUID apiBooking = UUID.randomUUID();

  @BeforeEach
  void readsOfOneCustomer() {
    String tag = UUID.randomUUID().toString().substring(0, 8);
    customerEmail = "read-" + tag + "@example.test";
    customer =
        users.createVerifiedUser(
            customerEmail, "Read Customer", Roles.CUSTOMER, "a long enough passphrase");
    readerEmail = "reader-" + tag + "@example.test";
    reader =
        users.createVerifiedUser(
            readerEmail, "Reading Owner", Roles.SHOP_OWNER, "a long enough passphrase");
    Instant day = LocalDate.of(2026, 3, 9).atTime(15, 0).toInstant(ZoneOffset.UTC);
    insert(reader, "SHOP_OWNER", AccessReads.Subject.BOOKING, bookingA, shopA, "SCREEN", null, day);
    insert(
        UUID.randomUUID(),
        "MECHANIC",
        AccessReads.Subject.JOB,
        bookingB,
        shopB,
        "SCREEN",
        null,
        day.plusSeconds(60));
    insert(
        customer,
        "CUSTOMER",
        AccessReads.Subject.BOOKING,
        apiBooking,
        null,
        "API",
        "otp_abcd",
        day.plusSeconds(3 * 86_400));
  }

  private void insert(
      UUID actor,
      String role,
      AccessReads.Subject subject,
      UUID subjectId,
      @Nullable UUID shop,
      String channel,
      @Nullable String hint,
      Instant at) {
    jdbc.update(
        """
        insert into access_log (id, occurred_at, actor_id, actor_role, subject_kind, subject_id,
                                customer_id, shop_id, channel, token_hint, client_address)
        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '203.0.113.7')
        """,
        UUID.randomUUID(),
        Timestamp.from(at),
        actor,
        role,
        subject.name(),
        subjectId,
        customer,
        shop,
        channel,
        hint);
  }

  private static List<UUID> subjects(AccessLogView view) {
    var subjects = new ArrayList<UUID>();
    for (int i = 0; i < _size(view.grid); i++) {
      AccessRecord record = _get(view.grid, i);
      subjects.add(record.subjectId());
    }
    return subjects;
  }

  @Test
  void aSharedAddressBringsItsFiltersBackAndEveryChangeRewritesIt() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/access-log?customer=" + customerEmail);
    AccessLogView view = _get(AccessLogView.class);
    assertThat(view.customer.getValue()).isEqualTo(customerEmail);
    assertThat(subjects(view)).containsExactly(apiBooking, bookingB, bookingA);
    AccessRecord newest = _get(view.grid, 0);
    assertThat(newest.customerEmail()).isEqualTo(customerEmail);
    assertThat(newest.actorEmail()).isEqualTo(customerEmail);
    assertThat(AccessLogView.how(newest)).isEqualTo("API · token otp_abcd");

    _setValue(view.channel, AccessChannel.SCREEN);
    assertThat(subjects(view)).containsExactly(bookingB, bookingA);
    _setValue(view.subject, AccessReads.Subject.BOOKING);
    assertThat(subjects(view)).containsExactly(bookingA);
    var location = view.filterLocation();
    assertThat(location.getPath()).isEqualTo("admin/access-log");
    assertThat(location.getQueryParameters().getParameters())
        .isEqualTo(
            Map.of(
                "customer", List.of(customerEmail),
                "kind", List.of("BOOKING"),
                "channel", List.of("SCREEN")));

    navigate(
        "admin/access-log?customer="
            + customer
            + "&actor="
            + readerEmail
            + "&kind=BOOKING&from=2026-03-09&to=2026-03-09");
    AccessLogView shared = _get(AccessLogView.class);
    assertThat(shared.customer.getValue()).isEqualTo(customer.toString());
    assertThat(shared.actor.getValue()).isEqualTo(readerEmail);
    assertThat(shared.subject.getValue()).isEqualTo(AccessReads.Subject.BOOKING);
    assertThat(shared.from.getValue()).isEqualTo(LocalDate.of(2026, 3, 9));
    assertThat(subjects(shared)).containsExactly(bookingA);
    assertThat(_get(shared.grid, 0).actorEmail()).isEqualTo(readerEmail);

    navigate("admin/access-log?customer=" + customer + "&from=2026-03-10");
    assertThat(subjects(_get(AccessLogView.class))).containsExactly(apiBooking);
  }

  @Test
  void oneShopsReadsStayApartFromAnothersUnderTheShopFilter() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/access-log?customer=" + customer + "&shop=" + shopA);
    AccessLogView view = _get(AccessLogView.class);
    assertThat(view.shop.getValue()).isEqualTo(shopA);
    assertThat(subjects(view)).containsExactly(bookingA);

    navigate("admin/access-log?customer=" + customer + "&shop=" + shopB);
    assertThat(subjects(_get(AccessLogView.class))).containsExactly(bookingB);
  }

  @Test
  void aFilterItCannotUseIsMarkedOnItsFieldAndListsNothing() {
    signInAs(DemoAccounts.ADMIN.email());
    navigate("admin/access-log?customer=not-an-email&actor=nobody-at-all%40example.test");
    AccessLogView view = _get(AccessLogView.class);
    assertThat(view.customer.isInvalid()).isTrue();
    assertThat(view.customer.getErrorMessage())
        .isEqualTo("Type an email address or an account id.");
    assertThat(view.actor.isInvalid()).isTrue();
    assertThat(view.actor.getErrorMessage()).isEqualTo("No account has this email address.");
    assertThat(_size(view.grid)).isZero();

    _setValue(view.customer, customerEmail);
    _setValue(view.actor, "");
    assertThat(view.customer.isInvalid()).isFalse();
    assertThat(view.actor.isInvalid()).isFalse();
    assertThat(subjects(view)).containsExactly(apiBooking, bookingB, bookingA);

    _setValue(view.from, LocalDate.of(2026, 3, 12));
    _setValue(view.to, LocalDate.of(2026, 3, 9));
    assertThat(view.to.isInvalid()).isTrue();
    assertThat(_size(view.grid)).isZero();
  }

  @Test
  void theAccessLogReadsInFrenchWithAnEmptyStateThatSaysWhatWillAppear() {
    signInAs(DemoAccounts.ADMIN.email());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/access-log");
    AccessLogView view = _get(AccessLogView.class);
    assertThat(Titles.of(view)).isEqualTo("Journal des consultations");
    assertThat(view.customer.getLabel()).isEqualTo("Client");
    assertThat(view.grid.getEmptyStateText()).startsWith("Aucune consultation pour ce filtre.");
  }

  @Test
  void shopMembersAndCustomersAreRefused() {
    for (String email :
        List.of(
            DemoAccounts.SHOP_OWNERS.getFirst().email(),
            DemoAccounts.MECHANICS.getFirst().email(),
            customerEmail,
            readerEmail)) {
      signInAs(email);
      navigate("admin/access-log");
      assertThat(currentView()).as(email).isIn("AccessDeniedView", "NotFoundView");
    }
  }
}
