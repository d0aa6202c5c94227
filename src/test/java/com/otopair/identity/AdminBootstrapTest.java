package com.otopair.identity;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.support.FreshDatabaseTest;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

@Order(FreshDatabaseTest.ORDER)
class AdminBootstrapTest extends FreshDatabaseTest {

  @Autowired AuthenticationManager authentication;
  @Autowired UserProvisioning provisioning;

  @Test
  void theFirstAdminComesFromConfigurationOnAnEmptyDatabase() {
    Authentication admin =
        authentication.authenticate(
            UsernamePasswordAuthenticationToken.unauthenticated(
                "first.admin@example.test", "a long enough admin passphrase"));
    assertThat(admin.getAuthorities()).extracting(Object::toString).contains("ROLE_ADMIN");
  }

  @Test
  void aDatabaseWithUsersGetsNoSecondAdminFromConfiguration() {
    new AdminBootstrap(provisioning, "second.admin@example.test", "another long passphrase")
        .run(new DefaultApplicationArguments());
    assertThat(provisioning.findByEmail("second.admin@example.test")).isEmpty();
  }
}
