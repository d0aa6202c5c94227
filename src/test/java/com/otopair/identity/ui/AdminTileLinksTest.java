package com.otopair.identity.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.base.Formats;
import com.otopair.base.ui.Tile;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin's failure tiles land on their list filtered to what the tile counted: the filter is
 * shown, removable and in the address, and the list holds as many rows as the tile's figure, the
 * test's own failure among them.
 */
class AdminTileLinksTest extends KaribuTest {

  @Autowired JdbcTemplate jdbc;

  @Value("${otopair.outbox.max-attempts}")
  int maxAttempts;

  private final UUID payment = UUID.randomUUID();
  private final UUID mail = UUID.randomUUID();
  private final UUID publication = UUID.randomUUID();

  @AfterEach
  void removeTheFailures() {
    jdbc.update("delete from event_publication where id = ?", publication);
  }

  private static Tile tile(String id) {
    return _get(Tile.class, spec -> spec.withId(id));
  }

  private static String count(long value) {
    return Formats.current().count(value);
  }

  /** Opens the admin's home and follows the tile's link; answers the tile's figure. */
  private String followTile(String id) {
    openAs(DemoAccounts.ADMIN.email());
    navigate("home");
    String figure = tile(id).getFigure();
    navigate(tile(id).getLink().getHref());
    return figure;
  }

  private static String location() {
    return UI.getCurrent().getInternals().getActiveViewLocation().getPathWithQueryParameters();
  }

  @Test
  void thePaymentFailuresTileOpensTheFailedPaymentsOfItsWeek() {
    UUID shopId =
        jdbc.queryForObject("select id from shops order by created_at limit 1", UUID.class);
    UUID customer =
        jdbc.queryForObject(
            "select id from users where email = ?", UUID.class, DemoAccounts.CUSTOMER.email());
    Timestamp now = Timestamp.from(clock.instant());
    jdbc.update(
        """
        insert into payments (id, shop_id, customer_id, subject_kind, subject_id,
            description, gateway, status, currency, amount_minor, released_minor, failure,
            created_at, updated_at)
        values (?, ?, ?, 'BOOKING', ?, 'Brakes', 'STRIPE', 'CANCELLED', 'CAD', 9000, 9000,
            'payments.failure.hold-refused' || chr(31) || 'wpayments.rules.not-online', ?, ?)
        """,
        payment,
        shopId,
        customer,
        UUID.randomUUID(),
        now,
        now);
    // A failure older than the tile's week: neither counted nor listed.
    Timestamp old = Timestamp.from(clock.instant().minus(Duration.ofDays(8)));
    jdbc.update(
        """
        insert into payments (id, shop_id, customer_id, subject_kind, subject_id,
            description, gateway, status, currency, amount_minor, released_minor, failure,
            created_at, updated_at)
        values (?, ?, ?, 'BOOKING', ?, 'Brakes', 'STRIPE', 'CANCELLED', 'CAD', 9000, 9000,
            'payments.failure.hold-refused' || chr(31) || 'wpayments.rules.not-online', ?, ?)
        """,
        UUID.randomUUID(),
        shopId,
        customer,
        UUID.randomUUID(),
        old,
        old);

    String figure = followTile("tile-payment-failures");

    assertThat(currentView()).isEqualTo("AdminPaymentsView");
    Checkbox filter = _get(Checkbox.class, spec -> spec.withId("payments-failures"));
    assertThat(filter.getValue()).isTrue();
    assertThat(filter.getLabel()).contains("7 days");
    assertThat(location()).isEqualTo("admin/payments?failed=7");
    assertThat(_get(Span.class, spec -> spec.withId("payments-total")).getText())
        .startsWith(figure + " failed payments");
    @SuppressWarnings("unchecked")
    Grid<com.otopair.payments.PaymentView> grid =
        _get(Grid.class, spec -> spec.withId("admin-payments"));
    var rows = GridKt._findAll(grid);
    assertThat(count(rows.size())).isEqualTo(figure);
    assertThat(rows).anyMatch(row -> row.id().equals(payment));

    _setValue(filter, false);
    _assertNone(Span.class, spec -> spec.withId("payments-total"));
    assertThat(GridKt._findAll(grid).size()).isGreaterThan(rows.size());
  }

  @Test
  void theDeadOutboxTileOpensTheDeadWork() {
    jdbc.update(
        "insert into event_publication (id, listener_id, event_type, serialized_event,"
            + " publication_date, status, completion_attempts, last_resubmission_date)"
            + " values (?, 'test.DeadWork', 'test.Event', '{}', ?, 'FAILED', ?, ?)",
        publication,
        Timestamp.from(clock.instant()),
        maxAttempts,
        Timestamp.from(clock.instant()));

    String figure = followTile("tile-dead-outbox");

    assertThat(currentView()).isEqualTo("OutboxView");
    @SuppressWarnings("unchecked")
    Select<Object> state = _get(Select.class, spec -> spec.withId("outbox-state"));
    assertThat(state.getValue()).hasToString("DEAD");
    assertThat(location()).isEqualTo("admin/outbox?state=DEAD");
    Grid<?> grid = _get(Grid.class);
    int dead = GridKt._findAll(grid).size();
    assertThat(count(dead)).isEqualTo(figure);
    assertThat(_get(Span.class, spec -> spec.withId("outbox-total")).getText())
        .startsWith(figure + " publication");

    _setValue(state, null);
    assertThat(GridKt._findAll(grid).size()).isGreaterThanOrEqualTo(dead);
  }

  @Test
  void theMailFailuresTileOpensTheFailedMailsOfItsWeek() {
    Timestamp now = Timestamp.from(clock.instant());
    Timestamp old = Timestamp.from(clock.instant().minus(Duration.ofDays(9)));
    for (var row : List.of(List.of(mail, now), List.of(UUID.randomUUID(), old))) {
      jdbc.update(
          """
          insert into mail_log (id, mail_key, recipient, template, subject, status, attempts,
              created_at, updated_at)
          values (?, ?, 'tiles@example.com', 'test', 'Tile links', 'FAILED', 3, ?, ?)
          """,
          row.get(0),
          "tile-links-" + row.get(0),
          row.get(1),
          row.get(1));
    }

    String figure = followTile("tile-mail-failures");

    assertThat(currentView()).isEqualTo("EmailLogView");
    Checkbox recent = _get(Checkbox.class, spec -> spec.withId("email-log-recent"));
    assertThat(recent.getValue()).isTrue();
    assertThat(location()).startsWith("admin/email-log?").contains("status=FAILED", "days=7");
    assertThat(_get(Span.class, spec -> spec.withId("email-log-total")).getText())
        .startsWith(figure + " mails");
    Grid<?> grid = _get(Grid.class, spec -> spec.withId("email-log"));
    var rows = GridKt._findAll(grid);
    assertThat(count(rows.size())).isEqualTo(figure);
    assertThat(rows).anyMatch(row -> row.toString().contains(mail.toString()));

    _setValue(recent, false);
    assertThat(GridKt._findAll(grid).size()).isGreaterThan(rows.size());
  }
}
