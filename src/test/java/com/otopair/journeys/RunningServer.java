package com.otopair.journeys;

import java.io.IOException;
import java.net.ServerSocket;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole application on a real port, on a machine without SMTP (mail goes to the dev mailbox)
 * and with the demo data loaded: what the browser journeys and the HTTP checks run against. One
 * context for all of them.
 */
@SpringBootTest(
    webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT,
    properties = {
      "otopair.embedded-postgres.data-directory=",
      "otopair.embedded-postgres.port=0",
      "otopair.files.directory=target/test-files",
      "otopair.demo.enabled=true",
      "vaadin.devmode.devTools.enabled=false"
    })
abstract class RunningServer {

  static final int PORT = freePort();
  static final String BASE = "http://localhost:" + PORT + "/";

  @DynamicPropertySource
  static void port(DynamicPropertyRegistry registry) {
    registry.add("server.port", () -> PORT);
    registry.add("otopair.public-url", () -> "http://localhost:" + PORT);
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
