package com.otopair.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Journeys in a real Chromium against the whole application on a real port, on a machine without
 * SMTP (mail goes to the dev mailbox) and with the demo data loaded. One context for all journeys.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "otopair.embedded-postgres.data-directory=",
      "otopair.embedded-postgres.port=0",
      "otopair.demo.enabled=true",
      "vaadin.devmode.devTools.enabled=false"
    })
@ExtendWith(BrowserJourney.ScreenshotOnFailure.class)
abstract class BrowserJourney {

  static final int PORT = freePort();
  private static Browser current;

  protected Browser browser;

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("otopair.public-url", () -> "http://localhost:" + PORT);
  }

  @BeforeEach
  void openBrowser() {
    browser = new Browser("http://localhost:" + PORT + "/");
    current = browser;
  }

  @AfterEach
  void closeBrowser() {
    browser.close();
  }

  /** Signs in through the login page and waits for the first page after it. */
  void signIn(String email, String password) {
    browser.open("login");
    browser.type("Email", email);
    browser.type("Password", password);
    browser.clickButton("Log in");
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Saves what the browser showed when a journey failed, under target/browser-screenshots, before
   * the browser closes.
   */
  static class ScreenshotOnFailure implements TestExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable cause)
        throws Throwable {
      if (current != null) {
        current.screenshot("FAILED-" + context.getDisplayName().replaceAll("\\W+", "-"));
      }
      throw cause;
    }
  }
}
