package com.otopair.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.Roles;
import com.otopair.demo.DemoAccounts;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

/** "Active users now": seen in the last five minutes, by role, and the last day. */
class ActiveUsersTest extends IntegrationTest {

  @Autowired ActiveUsers active;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  private UUID user(String role) {
    String email = "seen-" + UUID.randomUUID().toString().substring(0, 8) + "@example.test";
    return users.createVerifiedUser(email, "Sam Seen", role, "a long passphrase");
  }

  private void seenAgo(UUID user, Duration ago) {
    jdbc.update(
        "insert into user_activity (user_id, last_seen_at) values (?, ?)",
        user,
        Timestamp.from(clock.instant().minus(ago)));
  }

  @Test
  void countsAUserSeenFourMinutesAgoAndNotOneSeenSixMinutesAgo() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    ActiveUsers.Count before = active.count();

    seenAgo(user(Roles.MECHANIC), Duration.ofMinutes(4));
    seenAgo(user(Roles.CUSTOMER), Duration.ofMinutes(6));
    seenAgo(user(Roles.CUSTOMER), Duration.ofHours(25));

    ActiveUsers.Count after = active.count();
    assertThat(after.now()).isEqualTo(before.now() + 1);
    assertThat(after.byRole().get(Roles.MECHANIC))
        .isEqualTo(before.byRole().get(Roles.MECHANIC) + 1);
    assertThat(after.byRole().get(Roles.CUSTOMER)).isEqualTo(before.byRole().get(Roles.CUSTOMER));
    assertThat(after.byRole()).containsOnlyKeys(Roles.ALL);
    assertThat(after.lastDay()).isEqualTo(before.lastDay() + 2);
  }

  @Test
  void theCountMatchesTheTableAndMovesWithTheClock() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    UUID mechanic = user(Roles.MECHANIC);
    seenAgo(mechanic, Duration.ZERO);
    long now = active.count().now();
    assertThat(now)
        .isEqualTo(
            jdbc.queryForObject(
                "select count(*) from user_activity where last_seen_at > ?",
                Long.class,
                Timestamp.from(clock.instant().minus(ActiveUsers.NOW))));

    clock.advance(Duration.ofMinutes(5).plusSeconds(1));
    assertThat(active.count().now()).as("five minutes later").isLessThan(now);
  }

  @Test
  void onlyAdminsReadIt() {
    SignIn.as(userDetails, DemoAccounts.CUSTOMER.email());
    assertThatThrownBy(() -> active.count()).isInstanceOf(AccessDeniedException.class);
  }
}
