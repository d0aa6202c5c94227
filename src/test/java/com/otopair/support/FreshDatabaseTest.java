package com.otopair.support;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * A second, small context for what the shared one cannot show: a fresh machine with no SMTP (mail
 * goes to the dev mailbox), no demo data, and the first admin taken from configuration.
 */
@SpringBootTest(
    properties = {
      "otopair.embedded-postgres.data-directory=",
      "otopair.embedded-postgres.port=0",
      "otopair.files.directory=target/test-files",
      "otopair.demo.enabled=false",
      "otopair.public-url=http://otopair.test",
      "otopair.admin.email=First.Admin@Example.test",
      "otopair.admin.password=a long enough admin passphrase"
    })
public abstract class FreshDatabaseTest {

  /**
   * Subclasses carry {@code @Order(FreshDatabaseTest.ORDER)}: they run after every test of the
   * shared context, because a second Spring context replaces the JVM-wide security context holder
   * strategy that the first one's method security reads.
   */
  public static final int ORDER = Integer.MAX_VALUE;
}
