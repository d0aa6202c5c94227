package com.otopair.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.audit.AuditFilter;
import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.security.ActiveSessions;
import com.otopair.support.AuditTrail;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.userdetails.UserDetailsService;

class UserDirectoryTest extends IntegrationTest {

  @Autowired UserDirectory directory;
  @Autowired UserProvisioning provisioning;
  @Autowired UserDetailsService userDetails;
  @Autowired SessionRegistry sessionRegistry;
  @Autowired ActiveSessions sessions;
  @Autowired AuditLog audit;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void signInAsAdmin() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
  }

  private UUID create(String name, String role) {
    String email = name.toLowerCase().replace(' ', '.') + "-" + tag + "@example.test";
    return provisioning.createVerifiedUser(
        email, name + " " + tag, role, "a long enough passphrase");
  }

  @Test
  void onlyAdminsMaySearchUsers() {
    SignIn.as(userDetails, DemoAccounts.CUSTOMER.email());
    assertThatThrownBy(() -> directory.search(UserFilter.any(), PageRequest.of(0, 10)))
        .isInstanceOf(AuthorizationDeniedException.class);
  }

  @Test
  void searchFindsNameOrEmailFragmentsInAnyCase() {
    create("Rosalind Franklin", Roles.CUSTOMER);
    create("Rosa Parks", Roles.MECHANIC);
    create("Alan Turing", Roles.CUSTOMER);

    var byName = directory.search(new UserFilter("ROSA", null, null), PageRequest.of(0, 50));
    assertThat(byName.getContent())
        .extracting(UserSummary::name)
        .filteredOn(n -> n.endsWith(tag))
        .containsExactlyInAnyOrder("Rosalind Franklin " + tag, "Rosa Parks " + tag);

    var byEmail =
        directory.search(new UserFilter("turing-" + tag, null, null), PageRequest.of(0, 50));
    assertThat(byEmail.getContent())
        .extracting(UserSummary::name)
        .containsExactly("Alan Turing " + tag);
    assertThat(directory.count(new UserFilter(tag, null, null))).isEqualTo(3);
  }

  @Test
  void filtersByRoleAndStatusAndSortsByName() {
    create("Zed Mechanic", Roles.MECHANIC);
    create("Amy Mechanic", Roles.MECHANIC);
    UUID suspended = create("Bob Mechanic", Roles.MECHANIC);
    create("Cat Customer", Roles.CUSTOMER);
    directory.suspend(suspended);

    var active =
        directory.search(
            new UserFilter(tag, Roles.MECHANIC, UserStatus.ACTIVE),
            PageRequest.of(0, 50, Sort.by("displayName")));
    assertThat(active.getContent())
        .extracting(UserSummary::name)
        .containsExactly("Amy Mechanic " + tag, "Zed Mechanic " + tag);
    assertThat(directory.count(new UserFilter(tag, null, UserStatus.SUSPENDED))).isEqualTo(1);
  }

  @Test
  void pagesDoNotRepeatOrSkipUsers() {
    for (int i = 0; i < 7; i++) {
      create("Pager " + i, Roles.CUSTOMER);
    }
    var filter = new UserFilter(tag, null, null);
    var first = directory.search(filter, PageRequest.of(0, 3));
    var second = directory.search(filter, PageRequest.of(1, 3));
    var third = directory.search(filter, PageRequest.of(2, 3));
    assertThat(first.hasNext()).isTrue();
    assertThat(third.hasNext()).isFalse();
    var all = new ArrayList<UUID>();
    first.forEach(u -> all.add(u.id()));
    second.forEach(u -> all.add(u.id()));
    third.forEach(u -> all.add(u.id()));
    assertThat(all).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void roleChangeIsSavedAuditedAndEndsTheUsersSessions() {
    UUID user = create("Role Changer", Roles.CUSTOMER);
    String email = userEmail(user);
    var principal = userDetails.loadUserByUsername(email);
    sessionRegistry.registerNewSession("session-" + tag, principal);
    assertThat(sessions.countFor(user)).isEqualTo(1);

    directory.changeRole(user, Roles.MECHANIC);

    assertThat(userDetails.loadUserByUsername(email).getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_MECHANIC");
    assertThat(sessionRegistry.getSessionInformation("session-" + tag).isExpired()).isTrue();
    AuditRecord entry = awaitAudit(email, AccountAction.ROLE_CHANGED);
    assertThat(entry.actor()).isEqualTo(DemoAccounts.ADMIN.email());
    assertThat(entry.details()).isEqualTo("Role changed from Customer to Mechanic");
    assertThat(entry.detailsKey()).isEqualTo("identity.audit.role-changed.customer.mechanic");
    assertThat(entry.detailsArgs()).isEmpty();
  }

  @Test
  void suspensionEndsOpenSessionsAndReactivationRestoresAccess() {
    UUID user = create("Sus Pended", Roles.CUSTOMER);
    String email = userEmail(user);
    sessionRegistry.registerNewSession("suspended-" + tag, userDetails.loadUserByUsername(email));

    directory.suspend(user);
    assertThat(sessionRegistry.getSessionInformation("suspended-" + tag).isExpired()).isTrue();
    assertThat(userDetails.loadUserByUsername(email).isAccountNonLocked()).isFalse();
    awaitAudit(email, AccountAction.USER_SUSPENDED);

    directory.reactivate(user);
    assertThat(userDetails.loadUserByUsername(email).isAccountNonLocked()).isTrue();
    awaitAudit(email, AccountAction.USER_REACTIVATED);
  }

  @Test
  void adminsCannotSuspendThemselvesOrChangeTheirOwnRole() {
    UUID self = provisioning.findByEmail(DemoAccounts.ADMIN.email()).orElseThrow();
    assertThatThrownBy(() -> directory.suspend(self)).isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> directory.changeRole(self, Roles.CUSTOMER))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(userDetails.loadUserByUsername(DemoAccounts.ADMIN.email()).getAuthorities())
        .extracting(Object::toString)
        .containsExactly("ROLE_ADMIN");
  }

  @Test
  void auditLogFiltersByActorActionAndDate() {
    UUID user = create("Audit Subject", Roles.CUSTOMER);
    directory.suspend(user);
    String email = userEmail(user);
    awaitAudit(email, AccountAction.USER_SUSPENDED);

    var today = LocalDate.now(ZoneOffset.UTC);
    assertThat(
            audit
                .search(
                    new AuditFilter("ADMIN@otopair", AccountAction.USER_SUSPENDED, today, today),
                    PageRequest.of(0, 500))
                .getContent())
        .extracting(AuditRecord::subject)
        .contains(email);
    assertThat(
            audit
                .search(
                    new AuditFilter("", AccountAction.USER_SUSPENDED, today.plusDays(1), null),
                    PageRequest.of(0, 500))
                .getContent())
        .isEmpty();
    assertThat(
            audit
                .search(new AuditFilter("someone-else", null, null, null), PageRequest.of(0, 500))
                .getContent())
        .isEmpty();
  }

  private String userEmail(UUID id) {
    return directory.search(UserFilter.any(), PageRequest.of(0, 1000)).stream()
        .filter(u -> u.id().equals(id))
        .findFirst()
        .orElseThrow()
        .email();
  }

  private AuditRecord awaitAudit(String subject, String action) {
    return AuditTrail.await(audit, subject, action).getFirst();
  }
}
