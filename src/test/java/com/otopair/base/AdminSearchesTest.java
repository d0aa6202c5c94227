package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.audit.AuditFilter;
import com.otopair.audit.AuditLog;
import com.otopair.audit.AuditRecord;
import com.otopair.booking.BookingFixtures;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.AccountAction;
import com.otopair.identity.AccountService;
import com.otopair.identity.SignUp;
import com.otopair.identity.UserDirectory;
import com.otopair.identity.UserFilter;
import com.otopair.identity.UserProvisioning;
import com.otopair.identity.UserSummary;
import com.otopair.jobs.AdminJobs;
import com.otopair.jobs.JobIntake;
import com.otopair.jobs.JobOrigin;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.NewJob;
import com.otopair.notifications.MailLog;
import com.otopair.scheduling.ScheduleFixtures;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopAdministration;
import com.otopair.shops.ShopFilter;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.shops.ShopSummary;
import com.otopair.support.AuditTrail;
import com.otopair.support.ControlCharacters;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The admins' search boxes ignore control characters, wherever they come from (typed, pasted, an
 * address someone shared): a search never fails, and the rest of the text finds what it names.
 */
class AdminSearchesTest extends IntegrationTest {

  private static final Pageable FIRST = PageRequest.of(0, 50);
  private static final String ADMIN = DemoAccounts.ADMIN.email();

  /** The control characters alone: what follows an escape is text a search looks for. */
  private static final List<String> CONTROLS =
      ControlCharacters.ALL.stream().map(c -> c.substring(0, 1)).toList();

  @Autowired UserDirectory users;
  @Autowired UserProvisioning provisioning;
  @Autowired AccountService accounts;
  @Autowired ShopAdministration shops;
  @Autowired AuditLog audit;
  @Autowired MailLog mails;
  @Autowired AdminJobs adminJobs;
  @Autowired JobIntake intake;
  @Autowired ShopProvisioning shopProvisioning;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  private final String tag = UUID.randomUUID().toString().substring(0, 8);

  @BeforeEach
  void signInAsAdmin() {
    SignIn.as(userDetails, ADMIN);
  }

  /** {@code text} with {@code control} after its third character. */
  private static String typed(String text, String control) {
    return text.substring(0, 3) + control + text.substring(3);
  }

  @Test
  void aControlCharacterInTheUsersOrShopsSearchIsIgnored() {
    ScheduleFixtures fixture =
        ScheduleFixtures.create(provisioning, shopProvisioning, membership, "America/Toronto");
    String slug =
        jdbc.queryForObject("select slug from shops where id = ?", String.class, fixture.shopId());
    String customer = "searched-" + tag + "@example.test";
    provisioning.createVerifiedUser(customer, "Sid Searched", Roles.CUSTOMER, "a long passphrase");
    SignIn.as(userDetails, ADMIN);
    for (String control : CONTROLS) {
      UserFilter filter = new UserFilter(typed(customer, control), null, null);
      assertThat(users.search(filter, FIRST))
          .extracting(UserSummary::email)
          .containsExactly(customer);
      assertThat(users.count(filter)).isOne();
      ShopFilter shop = new ShopFilter(typed(slug, control), null, typed("Montreal", control));
      assertThat(shops.search(shop, FIRST)).extracting(ShopSummary::slug).containsExactly(slug);
      assertThat(shops.count(shop)).isOne();
    }
    // The city is found with or without its accent, in any case.
    for (String city : List.of("Montréal", "MONTREAL", "montréal")) {
      assertThat(shops.search(new ShopFilter(slug, null, city), FIRST))
          .extracting(ShopSummary::slug)
          .containsExactly(slug);
    }
  }

  @Test
  void aControlCharacterInTheAuditLogOrEmailLogSearchIsIgnored() {
    String email = "searched-" + tag + "@example.test";
    accounts.signUp(new SignUp("Sid Searched", email, "a long enough passphrase", Roles.CUSTOMER));
    SignIn.as(userDetails, ADMIN);
    users.suspend(provisioning.findByEmail(email).orElseThrow());
    UUID suspension = AuditTrail.await(audit, email, AccountAction.USER_SUSPENDED).getFirst().id();
    MailLog.Entry mail =
        Awaitility.await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(30))
            .until(() -> mails.search(email, null, FIRST).getContent(), rows -> !rows.isEmpty())
            .getFirst();

    for (String control : CONTROLS) {
      assertThat(
              audit.search(
                  new AuditFilter(typed(ADMIN, control), AccountAction.USER_SUSPENDED, null, null),
                  FIRST))
          .extracting(AuditRecord::id)
          .contains(suspension);
      assertThat(mails.search(typed(email, control), null, FIRST))
          .extracting(MailLog.Entry::id)
          .containsExactly(mail.id());
    }
  }

  @Test
  void aControlCharacterInTheJobsSearchIsIgnored() {
    BookingFixtures fixture =
        BookingFixtures.create(provisioning, shopProvisioning, membership, schedules);
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    JobSummary job =
        intake.open(
            fixture.shop().shopId(),
            new NewJob(
                JobOrigin.WALK_IN,
                "Casey Customer",
                BookingFixtures.customers(provisioning, 1).getFirst(),
                null,
                "2016 Honda Civic",
                "Rattle " + tag,
                ""));
    SignIn.as(userDetails, ADMIN);
    for (String control : CONTROLS) {
      var found =
          adminJobs.search(
              new AdminJobs.Query(typed("rattle " + tag, control), null, null, null, null), FIRST);
      assertThat(found).extracting(JobSummary::id).containsExactly(job.id());
    }
  }
}
