package com.otopair.notifications.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.demo.DemoAccounts;
import com.otopair.notifications.MailLog;
import com.otopair.support.KaribuTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Admins search the email log by recipient or subject and filter it by status, from the address.
 */
class EmailLogViewTest extends KaribuTest {

  @Autowired JdbcTemplate jdbc;

  String tag;

  @BeforeEach
  void threeLoggedMails() {
    tag = UUID.randomUUID().toString().substring(0, 8);
    logged("ann-" + tag + "@example.test", "Booked: Oil change " + tag, "SENT", 1, null);
    logged(
        "bob-" + tag + "@example.test",
        "Confirm your email " + tag,
        "FAILED",
        1,
        "Mail server connection failed");
    logged("cy-" + tag + "@example.test", "Moved: Brakes " + tag, "RETRIED", 2, "Timed out");
  }

  private void logged(String to, String subject, String status, int attempts, String error) {
    Instant now = clock.instant();
    jdbc.update(
        "insert into mail_log (id, mail_key, recipient, template, subject, status, attempts,"
            + " last_error, created_at, updated_at, sent_at) values (?, ?, ?, 'booking-confirmed',"
            + " ?, ?, ?, ?, ?, ?, ?)",
        UUID.randomUUID(),
        UUID.randomUUID().toString().replace("-", "") + "00000000000000000000000000000000",
        to,
        subject,
        status,
        attempts,
        error,
        Timestamp.from(now),
        Timestamp.from(now),
        status.equals("FAILED") ? null : Timestamp.from(now));
  }

  private EmailLogView open(String location) {
    signInAs(DemoAccounts.ADMIN.email());
    navigate(location);
    return _get(EmailLogView.class);
  }

  private static List<String> recipients(EmailLogView view) {
    List<String> rows = new ArrayList<>();
    for (int i = 0; i < GridKt._size(view.grid); i++) {
      rows.add(GridKt._get(view.grid, i).recipient());
    }
    return rows;
  }

  @Test
  void searchingByRecipientOrSubjectNarrowsTheListAndKeepsTheSearchInTheAddress() {
    EmailLogView view = open("admin/email-log");
    _setValue(view.search, tag);
    assertThat(recipients(view))
        .containsExactlyInAnyOrder(
            "ann-" + tag + "@example.test",
            "bob-" + tag + "@example.test",
            "cy-" + tag + "@example.test");
    assertThat(view.filterLocation().getPathWithQueryParameters())
        .isEqualTo("admin/email-log?q=" + tag);

    _setValue(view.search, "Moved: Brakes " + tag);
    assertThat(recipients(view)).containsExactly("cy-" + tag + "@example.test");
    MailLog.Entry row = GridKt._get(view.grid, 0);
    assertThat(row.attempts()).isEqualTo(2);
    assertThat(row.status().label()).isEqualTo("Sent after retry");

    _setValue(view.search, "nobody-" + tag);
    assertThat(GridKt._size(view.grid)).isZero();
    assertThat(view.grid.getEmptyStateText()).contains("No mail matches");
  }

  @Test
  void theStatusFilterAndSearchComeFromTheAddress() {
    EmailLogView view = open("admin/email-log?q=" + tag + "&status=FAILED");
    assertThat(view.search.getValue()).isEqualTo(tag);
    assertThat(view.status.getValue()).isEqualTo(MailLog.Status.FAILED);
    assertThat(recipients(view)).containsExactly("bob-" + tag + "@example.test");
    assertThat(GridKt._get(view.grid, 0).lastError()).isEqualTo("Mail server connection failed");

    _setValue(view.status, MailLog.Status.SENT);
    assertThat(recipients(view)).containsExactly("ann-" + tag + "@example.test");
    assertThat(view.filterLocation().getPathWithQueryParameters())
        .isEqualTo("admin/email-log?q=" + tag + "&status=SENT");
  }

  @Test
  void onlyAdminsOpenTheEmailLog() {
    for (String email :
        List.of(
            DemoAccounts.CUSTOMER.email(),
            DemoAccounts.SHOP_OWNERS.getFirst().email(),
            DemoAccounts.MECHANICS.getFirst().email())) {
      signInAs(email);
      navigate("admin/email-log");
      assertThat(currentView()).as(email).isIn("AccessDeniedView", "NotFoundView");
      navigate("admin/mail-preview");
      assertThat(currentView()).as(email).isIn("AccessDeniedView", "NotFoundView");
    }
  }
}
