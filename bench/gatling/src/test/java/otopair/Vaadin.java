package otopair;

import static io.gatling.javaapi.core.CoreDsl.StringBody;
import static io.gatling.javaapi.core.CoreDsl.bodyString;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.tryMax;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.CheckBuilder;
import io.gatling.javaapi.core.Session;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Vaadin Flow's protocol as a browser tab speaks it, without a browser: the page's HTML shell, the
 * {@code ?v-r=init} request that creates the UI (Flow.js), then UIDL requests carrying the tab's
 * events. Each virtual user keeps its tab's {@link UiTree} in the session under {@value #UI}.
 *
 * <p>Every step names what the page must then show ({@link Expect}); a step whose answer does not
 * show it fails, and Gatling counts it as an error with the reason.
 */
final class Vaadin {

  static final String UI = "ui";
  static final String PASSWORD = "otopair-demo-2026";

  /** Browser details Flow.js adds to the init request (a 1920 x 1080 screen in Montreal). */
  private static final String BROWSER =
      "&v-sh=1080&v-sw=1920&v-wh=960&v-ww=1600&v-bh=960&v-bw=1600&v-tzo=300&v-dstd=60"
          + "&v-rtzo=300&v-dston=false&v-tzid=America%2FToronto";

  /**
   * What the page shows after a step, read from the tab's tree: {@code null} when it shows what
   * it should, else what is missing (the error Gatling counts).
   */
  @FunctionalInterface
  interface Expect {
    String missing(UiTree ui, Session session);
  }

  private Vaadin() {}

  static UiTree ui(Session session) {
    return session.get(UI);
  }

  /**
   * Spring Security's login form, posted as the login page's vaadin-login-form posts it. Tried up
   * to three times, as a person would: two sign-ins of one account at the same moment can fail
   * (see README.md).
   */
  static ChainBuilder signIn(Function<Session, String> email) {
    return tryMax(3, "signInTry")
        .on(
            doIf(session -> session.getInt("signInTry") > 0)
                .then(pause(Duration.ofSeconds(1), Duration.ofSeconds(3))),
            signInOnce(email));
  }

  private static ChainBuilder signInOnce(Function<Session, String> email) {
    return exec(http("sign in: login page")
            .get("/login")
            .check(status().is(200), css("meta[name=_csrf]", "content").saveAs("csrf")))
        .exec(
            http("sign in: post")
                .post("/login")
                .formParam("username", session -> email.apply(session))
                .formParam("password", PASSWORD)
                .formParam("_csrf", "#{csrf}")
                .disableFollowRedirect()
                .check(
                    status().is(302),
                    header("Location")
                        .transform(to -> to.contains("login") ? "refused: " + to : "signed in")
                        .is("signed in")));
  }

  /**
   * A page opened by its address in a new tab: its HTML shell, the UI's init, and the route's
   * navigation, which renders the view.
   */
  static ChainBuilder open(String step, String href, Expect expect) {
    String route = href.contains("?") ? href.substring(0, href.indexOf('?')) : href;
    String query = href.contains("?") ? href.substring(href.indexOf('?') + 1) : "";
    return exec(http(step + " (page)")
            .get("/" + href)
            .check(
                status().is(200),
                css("meta[name=_csrf]", "content").exists(),
                recorded(step + " (page)")))
        .exec(
            http(step + " (init)")
                .get(
                    "/?v-r=init&location="
                        + URLEncoder.encode(route, StandardCharsets.UTF_8)
                        + "&query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8)
                        + BROWSER)
                .check(
                    status().is(200),
                    bodyString().transform(UiTree::ofInit).saveAs(UI),
                    recorded(step + " (init)")))
        .exec(uidl(step, (ui, session) -> UiTree.navigate(UiTree.rpc(), href, ""), expect));
  }

  /** A link of the page followed in the same tab (the router's navigation, no page load). */
  static ChainBuilder follow(String step, Function<Session, String> href, Expect expect) {
    return uidl(
        step, (ui, session) -> UiTree.navigate(UiTree.rpc(), href.apply(session), "client"), expect);
  }

  /**
   * One UIDL request: the events {@code rpc} makes of the tab's tree, then the check. Before it,
   * the tab's heartbeat when one is due: a browser sends one every 40 s
   * ({@code vaadin.heartbeatInterval}) whatever else it sends, and Vaadin closes a UI that missed
   * three.
   */
  static ChainBuilder uidl(
      String step, BiFunction<UiTree, Session, ArrayNode> rpc, Expect expect) {
    return exec(
        doIf(session -> System.currentTimeMillis() - ui(session).lastHeartbeat > HEARTBEAT_MILLIS)
            .then(
                exec(http("heartbeat")
                        .post(session -> "/?v-r=heartbeat&v-uiId=" + ui(session).uiId)
                        .check(status().is(200)))
                    .exec(
                        session -> {
                          ui(session).lastHeartbeat = System.currentTimeMillis();
                          return session;
                        })),
        exec(http(step)
        .post(session -> "/?v-r=uidl&v-uiId=" + ui(session).uiId)
        .header("Content-Type", "application/json; charset=UTF-8")
        .body(
            StringBody(
                session -> {
                  UiTree ui = ui(session);
                  return ui.message(rpc.apply(ui, session));
                }))
        .check(status().is(200), timed(step), shows(step, expect))));
  }

  static final long HEARTBEAT_MILLIS = 40_000;

  /** The step's response time, recorded with the verdict of {@link #shows}. */
  private static CheckBuilder timed(String step) {
    return responseTimeInMillis()
        .transformWithSession(
            (millis, session) -> {
              ui(session).timed(step, millis);
              return millis;
            });
  }

  /** A request outside the tab's UIDL (a page, the init): recorded by its time alone. */
  private static CheckBuilder recorded(String step) {
    return responseTimeInMillis()
        .transform(
            millis -> {
              Steps.record(step, millis, true);
              return millis;
            });
  }

  /** Reads the answer into the tree, then checks what the page shows; records the step. */
  private static CheckBuilder shows(String step, Expect expect) {
    return bodyString()
        .transformWithSession(
            (body, session) -> {
              UiTree ui = ui(session);
              if (ui == null) {
                return "no page open";
              }
              String problem;
              try {
                problem = ui.read(body);
                if (problem == null) {
                  problem = expect.missing(ui, session);
                }
              } catch (RuntimeException | StackOverflowError e) {
                problem = "check crashed: " + e;
              }
              ui.judged(step, problem == null);
              if (problem != null && Boolean.getBoolean("otopair.debug")) {
                System.err.println(step + ": " + problem);
              }
              return problem == null ? "ok" : problem;
            })
        .is("ok");
  }

  // What pages show, by element id and class name (the same in both languages).

  static Expect id(String id) {
    return (ui, session) -> ui.byId(id).isPresent() ? null : "no #" + id + " on the page";
  }

  static Expect classes(String className, int atLeast) {
    return (ui, session) -> {
      int found = ui.findAll(UiTree.hasClass(className)).size();
      return found >= atLeast
          ? null
          : "only " + found + " ." + className + " on the page, expected " + atLeast;
    };
  }

  /**
   * What a click should have shown; excused (counted as stale, not as an error) when the clicked
   * node is gone and the page never showed it: the page had changed on the server before the click
   * arrived (another user's change, which a browser would have had by push), so the click missed,
   * as a person's click on a card that just moved away does.
   */
  static Expect clicked(String step, Expect expect) {
    return (ui, session) -> {
      String missing = expect.missing(ui, session);
      if (missing != null && ui.clicked != null && !ui.isAttached(ui.clicked)) {
        Steps.stale(step);
        return null;
      }
      return missing;
    };
  }

  static Expect all(Expect... expects) {
    return (ui, session) -> {
      for (Expect expect : expects) {
        String missing = expect.missing(ui, session);
        if (missing != null) {
          return missing;
        }
      }
      return null;
    };
  }

  static <T> T any(List<T> items) {
    if (items.isEmpty()) {
      throw new IllegalStateException("nothing to pick from");
    }
    return items.get(ThreadLocalRandom.current().nextInt(items.size()));
  }
}
