package com.otopair.audit.ui;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._getFormattedRow;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.audit.AuditRecord;
import com.otopair.base.I18n;
import com.otopair.base.Roles;
import com.otopair.base.ui.Titles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountAction;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserDirectory;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

class AuditLogViewTest extends KaribuTest {

  @Autowired UserProvisioning provisioning;
  @Autowired UserDirectory directory;
  @Autowired ApiTokens tokens;
  @Autowired JdbcTemplate jdbc;

  @Test
  void adminFiltersTheAuditLogByActionAndActor() {
    signInAs(DemoAccounts.ADMIN.email());
    String email = "audited-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    directory.suspend(
        provisioning.createVerifiedUser(
            email, "Audited Person", Roles.CUSTOMER, "a long enough passphrase"));

    navigate("admin/audit");
    AuditLogView view = _get(AuditLogView.class);
    _setValue(view.actor, "admin@otopair");
    Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              view.grid.getDataProvider().refreshAll();
              return subjects(view).contains(email);
            });

    navigate("admin/audit");
    AuditLogView reopened = _get(AuditLogView.class);
    _setValue(reopened.action, AccountAction.USER_REACTIVATED);
    assertThat(subjects(reopened)).doesNotContain(email);
    _setValue(reopened.action, AccountAction.USER_SUSPENDED);
    assertThat(subjects(reopened)).contains(email);
    assertThat(reopened.filterLocation().getPathWithQueryParameters())
        .isEqualTo("admin/audit?action=" + AccountAction.USER_SUSPENDED);

    navigate("admin/audit?actor=admin%40otopair&action=" + AccountAction.USER_SUSPENDED);
    AuditLogView shared = _get(AuditLogView.class);
    assertThat(shared.actor.getValue()).isEqualTo("admin@otopair");
    assertThat(shared.action.getValue()).isEqualTo(AccountAction.USER_SUSPENDED);
    assertThat(subjects(shared)).contains(email);
  }

  @Test
  void theAuditLogReadsInFrench() {
    signInAs(DemoAccounts.ADMIN.email());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/audit");
    AuditLogView view = _get(AuditLogView.class);

    assertThat(view.grid.getColumns().stream().map(Grid.Column::getHeaderText))
        .contains("Quand", "Auteur", "Action", "Objet", "Détails", "Adresse du client");
    assertThat(view.grid.getEmptyStateText()).isEqualTo("Rien n’est consigné pour ce filtre.");
    assertThat(view.actor.getLabel()).isEqualTo("Auteur");
    assertThat(view.action.getPlaceholder()).isEqualTo("Toutes les actions");
    assertThat(view.action.getItemLabelGenerator().apply(AccountAction.USER_SUSPENDED))
        .isEqualTo("Compte suspendu");
    assertThat(view.from.getI18n().getMonthNames()).startsWith("janvier");
    assertThat(Titles.of(view)).isEqualTo("Journal d’audit");
  }

  @Test
  void detailsRecordedFromRealEventsReadInTheReadersLanguage() {
    String email = "reader-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    UUID user =
        provisioning.createVerifiedUser(
            email, "Details Reader", Roles.CUSTOMER, "a long enough passphrase");
    signInAs(email);
    tokens.issue("Nightly export");
    signInAs(DemoAccounts.ADMIN.email());
    directory.changeRole(user, Roles.MECHANIC);

    navigate("admin/audit?action=" + AccountAction.ROLE_CHANGED);
    assertThat(awaitRowOf(email)).contains("Role changed from Customer to Mechanic");
    navigate("admin/audit?action=" + ApiTokens.API_TOKEN_ISSUED);
    assertThat(awaitRowOf(email)).contains("Issued API token \"Nightly export\"");

    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/audit?action=" + AccountAction.ROLE_CHANGED);
    assertThat(awaitRowOf(email))
        .contains("Rôle changé de client à mécanicien")
        .doesNotContain("Role changed from Customer to Mechanic");
    navigate("admin/audit?action=" + ApiTokens.API_TOKEN_ISSUED);
    assertThat(awaitRowOf(email)).contains("Jeton d’API «\u00a0Nightly export\u00a0» émis");
  }

  @Test
  void anEntryWithoutAKnownKeyShowsTheTextItWasWrittenWith() {
    String old = "old-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    String unknown = "unknown-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    jdbc.update(
        """
        insert into audit_entries (id, occurred_at, action, subject, details)
        values (?, now(), 'LEGACY_TESTED', ?, 'Written in English long ago')
        """,
        UUID.randomUUID(),
        old);
    jdbc.update(
        """
        insert into audit_entries (id, occurred_at, action, subject, details, details_key,
                                   details_args)
        values (?, now(), 'LEGACY_TESTED', ?, 'Written by a newer Otopair',
                'identity.audit.not-yet-known', array['an argument'])
        """,
        UUID.randomUUID(),
        unknown);
    signInAs(DemoAccounts.ADMIN.email());
    UI.getCurrent().setLocale(I18n.FRENCH);

    navigate("admin/audit?action=LEGACY_TESTED");

    assertThat(awaitRowOf(old)).contains("Written in English long ago");
    assertThat(awaitRowOf(unknown))
        .contains("Written by a newer Otopair")
        .noneMatch(cell -> cell.contains("!"));
  }

  /** The cells of the row about {@code subject}, as the grid shows them, once it is there. */
  private static List<String> awaitRowOf(String subject) {
    AuditLogView view = _get(AuditLogView.class);
    return Awaitility.await()
        .pollInSameThread()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              view.grid.getDataProvider().refreshAll();
              for (int i = 0; i < _size(view.grid); i++) {
                if (_get(view.grid, i).subject().equals(subject)) {
                  return _getFormattedRow(view.grid, i);
                }
              }
              return null;
            },
            row -> row != null);
  }

  private static List<String> subjects(AuditLogView view) {
    var subjects = new ArrayList<String>();
    for (int i = 0; i < _size(view.grid); i++) {
      AuditRecord record = _get(view.grid, i);
      subjects.add(record.subject());
    }
    return subjects;
  }
}
