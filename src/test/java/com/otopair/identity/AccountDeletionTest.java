package com.otopair.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.FileStore;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.booking.BookingFixtures;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.PersonalDataFixtures.Customer;
import com.otopair.identity.security.ApiTokenChecks;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.SignedInRace;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.userdetails.UserDetailsService;

class AccountDeletionTest extends IntegrationTest {

  @Autowired ApplicationContext beans;
  @Autowired AccountDeletion deletion;
  @Autowired UserDetailsService userDetails;
  @Autowired AuthenticationManager authentication;
  @Autowired JdbcTemplate jdbc;
  @Autowired UserProvisioning users;
  @Autowired UserDirectory directory;
  @Autowired FileStore files;

  PersonalDataFixtures fixtures;
  Customer emma;
  Customer other;

  @BeforeEach
  void twoCustomersOfOneShop() {
    fixtures = new PersonalDataFixtures(beans);
    emma = fixtures.customer();
    other = fixtures.customer();
  }

  @Test
  void aDeletedCustomerIsNamedNowhereButTheirMoneyRecordsStay() {
    SignIn.as(userDetails, emma.email());
    assertThat(deletion.deleteMyAccount("  " + emma.email().toUpperCase() + " ")).isTrue();

    Map<String, Object> user = jdbc.queryForMap("select * from users where id = ?", emma.id());
    assertThat(user.get("display_name")).isEqualTo("Deleted customer");
    assertThat(user.get("email")).isEqualTo("deleted-" + emma.id() + "@deleted.invalid");
    assertThat(user.get("phone")).isNull();
    assertThat(user.get("deleted_at")).isNotNull();
    assertThat(count("select count(*) from users where email = ?", emma.email())).isZero();

    assertThat(
            jdbc.queryForList(
                "select coalesce(vin, '') || plate from vehicles where customer_id = ?",
                String.class,
                emma.id()))
        .isNotEmpty()
        .allSatisfy(v -> assertThat(v).isEmpty());
    assertThat(
            count(
                "select count(*) from bookings where customer_id = ?"
                    + " and (problem <> '' or contact_phone <> '')",
                emma.id()))
        .isZero();
    assertThat(
            jdbc.queryForList(
                "select customer_name || problem from consult_sessions where customer_id = ?",
                String.class,
                emma.id()))
        .containsExactly("Deleted customer—");
    assertThat(
            count(
                "select count(*) from consult_messages where session_id = ?"
                    + " and (body like ? or author_name like ? or array_to_string(body_args, ' ') like ?)",
                emma.session(),
                "%" + emma.name() + "%",
                "%" + emma.name() + "%",
                "%" + emma.name() + "%"))
        .isZero();
    Map<String, Object> review =
        jdbc.queryForMap("select author_name, stars from reviews where customer_id = ?", emma.id());
    assertThat(review.get("author_name")).isEqualTo("Deleted customer");
    assertThat(((Number) review.get("stars")).intValue()).isEqualTo(4);
    assertThat(
            count(
                "select count(*) from jobs where customer_id = ? and customer_name <> ?",
                emma.id(),
                "Deleted customer"))
        .isZero();

    assertThat(
            jdbc.queryForObject(
                "select p.amount_minor from payments p join invoices i on i.payment_id = p.id"
                    + " where p.id = ?",
                Long.class,
                emma.payment()))
        .isEqualTo(8000);

    assertThat(
            jdbc.queryForMap(
                "select status, cancelled_by from bookings where id = ?", emma.upcoming()))
        .containsEntry("status", "CANCELLED")
        .containsEntry("cancelled_by", "CUSTOMER");

    // The other customer keeps everything.
    assertThat(
            jdbc.queryForObject(
                "select display_name from users where id = ?", String.class, other.id()))
        .isEqualTo(other.name());
    assertThat(
            jdbc.queryForObject(
                "select status from bookings where id = ?", String.class, other.upcoming()))
        .isEqualTo("CONFIRMED");
    assertThat(ApiTokenChecks.accepted(beans, other.apiToken())).isTrue();
  }

  @Test
  void theOldPasswordAndTheApiTokenNoLongerGetIn() {
    assertThat(ApiTokenChecks.accepted(beans, emma.apiToken())).isTrue();
    SignIn.as(userDetails, emma.email());
    deletion.deleteMyAccount(emma.email());

    assertThatThrownBy(
            () ->
                authentication.authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated(
                        emma.email(), PersonalDataFixtures.PASSWORD)))
        .isInstanceOf(AuthenticationException.class);
    assertThat(ApiTokenChecks.accepted(beans, emma.apiToken())).isFalse();
    assertThat(
            count(
                "select count(*) from api_tokens where user_id = ? and revoked_at is null",
                emma.id()))
        .isZero();
  }

  @Test
  void aWrongEmailChangesNothing() {
    SignIn.as(userDetails, emma.email());
    assertThatThrownBy(() -> deletion.deleteMyAccount(other.email()))
        .isInstanceOfSatisfying(
            InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("email"));
    assertThatThrownBy(() -> deletion.deleteMyAccount(""))
        .isInstanceOf(InvalidRequestException.class);

    assertThat(
            jdbc.queryForObject(
                "select display_name from users where id = ? and deleted_at is null",
                String.class,
                emma.id()))
        .isEqualTo(emma.name());
    assertThat(
            jdbc.queryForObject(
                "select status from bookings where id = ?", String.class, emma.upcoming()))
        .isEqualTo("CONFIRMED");
  }

  @Test
  void twoDeletionsAtOnceAnonymizeOnce() throws Exception {
    String casey = BookingFixtures.customers(users, 1).getFirst();
    UUID caseyId = users.findByEmail(casey).orElseThrow();
    var deleted = new AtomicInteger();
    Runnable delete =
        () -> {
          if (deletion.deleteMyAccount(casey)) {
            deleted.incrementAndGet();
          }
        };
    SignedInRace.run(userDetails, List.of(casey, casey), List.of(delete, delete));

    assertThat(deleted).hasValue(1);
    // One audited deletion: once no publication of it is left in the outbox (completed ones are
    // deleted), the audit holds exactly one entry. Reading the outbox itself raced its completion.
    String subject = "deleted-" + caseyId + "@deleted.invalid";
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                count(
                            "select count(*) from audit_entries where action = ? and subject = ?",
                            AccountAction.ACCOUNT_DELETED,
                            subject)
                        > 0
                    && count(
                            "select count(*) from event_publication where serialized_event like ?",
                            "%" + caseyId + "%")
                        == 0);
    assertThat(
            count(
                "select count(*) from audit_entries where action = ? and subject = ?",
                AccountAction.ACCOUNT_DELETED,
                subject))
        .isOne();
  }

  @Test
  void deletingAgainChangesNothing() {
    SignIn.as(userDetails, emma.email());
    assertThat(deletion.deleteMyAccount(emma.email())).isTrue();
    Object deletedAt =
        jdbc.queryForObject("select deleted_at from users where id = ?", Object.class, emma.id());
    assertThat(deletion.deleteMyAccount(emma.email())).isFalse();
    assertThat(
            jdbc.queryForObject(
                "select deleted_at from users where id = ?", Object.class, emma.id()))
        .isEqualTo(deletedAt);
  }

  @Test
  void aShopOwnerAndAnAdminAreRefused() {
    String owner = fixtures.shop.booking().shop().ownerEmail();
    SignIn.as(userDetails, owner);
    assertThat(deletion.refusal()).contains("shops.personal-data.member");
    assertThatThrownBy(() -> deletion.deleteMyAccount(owner))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining("leave its team");
    assertThat(count("select count(*) from users where email = ? and deleted_at is null", owner))
        .isEqualTo(1);

    String admin = DemoAccounts.ADMIN.email();
    SignIn.as(userDetails, admin);
    assertThatThrownBy(() -> deletion.deleteMyAccount(admin)).isInstanceOf(ConflictException.class);
    assertThat(count("select count(*) from users where email = ? and deleted_at is null", admin))
        .isEqualTo(1);
  }

  private int count(String sql, Object... args) {
    Integer n = jdbc.queryForObject(sql, Integer.class, args);
    return n == null ? 0 : n;
  }

  @Test
  void anAdminSeesADeletedAccountAsDeletedAndCannotGiveItARoleOrSuspendIt() {
    SignIn.as(userDetails, emma.email());
    assertThat(deletion.deleteMyAccount(emma.email())).isTrue();

    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    UserSummary row =
        directory
            .search(new UserFilter(emma.id().toString(), null, null), PageRequest.of(0, 5))
            .getContent()
            .getFirst();
    assertThat(row.deleted()).isTrue();
    assertThatThrownBy(() -> directory.changeRole(emma.id(), Roles.ADMIN))
        .isInstanceOf(InvalidRequestException.class);
    assertThatThrownBy(() -> directory.suspend(emma.id()))
        .isInstanceOf(InvalidRequestException.class);
    assertThat(
            jdbc.queryForObject(
                "select role || ' ' || status from users where id = ?", String.class, emma.id()))
        .isEqualTo(Roles.CUSTOMER + " ACTIVE");
  }

  @Test
  void theIntakePhotosAndFilesTheCustomerSharedLeaveTheFileStore() {
    String photo = files.put("intake", new byte[] {1, 2, 3}, "image/png");
    String shared = files.put("session-files", new byte[] {4, 5, 6}, "application/pdf");
    jdbc.update(
        "insert into consult_photos (id, session_id, position, file_key, added_at)"
            + " values (?, ?, 1, ?, now())",
        UUID.randomUUID(),
        emma.session(),
        photo);
    jdbc.update(
        "insert into consult_files (id, session_id, uploader_id, name, content_type, size_bytes,"
            + " file_key, shared_at) values (?, ?, ?, 'invoice.pdf', 'application/pdf', 3, ?, now())",
        UUID.randomUUID(),
        emma.session(),
        emma.id(),
        shared);

    SignIn.as(userDetails, emma.email());
    assertThat(deletion.deleteMyAccount(emma.email())).isTrue();

    assertThat(count("select count(*) from consult_photos where session_id = ?", emma.session()))
        .isZero();
    assertThat(count("select count(*) from consult_files where uploader_id = ?", emma.id()))
        .isZero();
    assertThat(files.get(photo)).isEmpty();
    assertThat(files.get(shared)).isEmpty();
  }
}
