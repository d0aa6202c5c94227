package com.otopair.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import com.otopair.base.SignedInUser;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.slf4j.MDC;
import org.springframework.boot.logging.logback.StructuredLogEncoder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request's log lines carry its id and its user: in production's JSON logs (ECS), {@code
 * http.request.id} and {@code user.id}; the response echoes the id. A caller's well-formed id is
 * kept, anything else replaced.
 */
@ExtendWith(OutputCaptureExtension.class)
class RequestLogTest {

  private final LoggerContext logging = new LoggerContext();

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
    logging.stop();
  }

  /** A logger writing production's console format: one ECS JSON line per event. */
  private Logger ecsLogger() {
    logging.putObject(
        Environment.class.getName(),
        new MockEnvironment().withProperty("logging.structured.ecs.service.name", "otopair"));
    logging.setMDCAdapter(MDC.getMDCAdapter());
    var encoder = new StructuredLogEncoder();
    encoder.setContext(logging);
    encoder.setFormat("ecs");
    encoder.start();
    var console = new ConsoleAppender<ILoggingEvent>();
    console.setContext(logging);
    console.setEncoder(encoder);
    console.start();
    Logger logger = logging.getLogger("com.otopair.request-log-test");
    logger.addAppender(console);
    return logger;
  }

  private static SignedInUser user(UUID id) {
    return new SignedInUser() {
      @Override
      public UUID id() {
        return id;
      }

      @Override
      public String email() {
        return "logged@example.test";
      }

      @Override
      public String displayName() {
        return "Lou Logged";
      }

      @Override
      public String role() {
        return "CUSTOMER";
      }

      @Override
      public boolean emailVerified() {
        return true;
      }
    };
  }

  /** The field at {@code path}, nested (Boot's ECS) or as one dotted key. */
  private static String field(JsonNode line, String path) {
    JsonNode dotted = line.get(path);
    if (dotted != null) {
      return dotted.asString();
    }
    JsonNode node = line;
    for (String part : path.split("\\.")) {
      node = node == null ? null : node.get(part);
    }
    return node == null ? "" : node.asString();
  }

  @Test
  void aSignedInRequestsJsonLineCarriesItsIdAndItsUser(CapturedOutput output) throws Exception {
    Logger logger = ecsLogger();
    UUID userId = UUID.randomUUID();
    SecurityContextHolder.getContext()
        .setAuthentication(
            UsernamePasswordAuthenticationToken.authenticated(user(userId), null, List.of()));
    var request = new MockHttpServletRequest("GET", "/bookings");
    request.addHeader(RequestIdFilter.HEADER, "lb-7f3a9c21");
    var response = new MockHttpServletResponse();

    new RequestIdFilter()
        .doFilter(
            request,
            response,
            (req, res) ->
                new SignedInUserLogFilter()
                    .doFilter(req, res, (r, s) -> logger.info("Bookings listed")));

    String line =
        output
            .getOut()
            .lines()
            .filter(l -> l.contains("Bookings listed"))
            .findFirst()
            .orElseThrow();
    JsonNode json = JsonMapper.builder().build().readTree(line);
    assertThat(field(json, "http.request.id")).isEqualTo("lb-7f3a9c21");
    assertThat(field(json, "user.id")).isEqualTo(userId.toString());
    assertThat(field(json, "service.name")).isEqualTo("otopair");
    assertThat(response.getHeader(RequestIdFilter.HEADER)).isEqualTo("lb-7f3a9c21");
    // Nothing is left behind for the thread's next request.
    assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    assertThat(MDC.get(SignedInUserLogFilter.MDC_KEY)).isNull();
  }

  @Test
  void anIdThatIsNotWellFormedIsReplacedByANewOne() {
    assertThat(RequestIdFilter.idOf("lb-7f3a9c21")).isEqualTo("lb-7f3a9c21");
    for (String odd : new String[] {"", "short", "x".repeat(65), "id with spaces", "id\nforged"}) {
      String id = RequestIdFilter.idOf(odd);
      assertThat(id).isNotEqualTo(odd);
      assertThat(UUID.fromString(id)).isNotNull();
    }
    assertThat(UUID.fromString(RequestIdFilter.idOf(null))).isNotNull();
  }
}
