package com.otopair.identity.ui;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/** Whether this machine keeps mail in the dev mailbox (no SMTP host configured). */
@Component
class MailMode {

  private final boolean devMailbox;

  MailMode(Environment environment) {
    this.devMailbox = !StringUtils.hasText(environment.getProperty("spring.mail.host"));
  }

  boolean devMailbox() {
    return devMailbox;
  }
}
