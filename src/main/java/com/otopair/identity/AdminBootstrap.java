package com.otopair.identity;

import com.otopair.base.Roles;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Creates the first admin from {@code OTOPAIR_ADMIN_EMAIL} and {@code OTOPAIR_ADMIN_PASSWORD} when
 * the database has no users yet. Runs before demo data.
 */
@Component
@Order(0)
class AdminBootstrap implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

  private final UserProvisioning provisioning;
  private final String email;
  private final String password;

  AdminBootstrap(
      UserProvisioning provisioning,
      @Value("${otopair.admin.email:}") String email,
      @Value("${otopair.admin.password:}") String password) {
    this.provisioning = provisioning;
    this.email = email;
    this.password = password;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!StringUtils.hasText(email) || provisioning.anyUserExists()) {
      return;
    }
    if (!StringUtils.hasText(password)) {
      log.warn("OTOPAIR_ADMIN_EMAIL is set without OTOPAIR_ADMIN_PASSWORD; no admin was created");
      return;
    }
    provisioning.createVerifiedUser(email, "Otopair admin", Roles.ADMIN, password);
    log.info("Created the first admin, {}", email);
  }
}
