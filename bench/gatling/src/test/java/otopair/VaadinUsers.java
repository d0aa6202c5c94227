package otopair;

import static io.gatling.javaapi.core.CoreDsl.asLongAs;
import static io.gatling.javaapi.core.CoreDsl.doIf;
import static io.gatling.javaapi.core.CoreDsl.doIfOrElse;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.exitBlockOnFail;
import static io.gatling.javaapi.core.CoreDsl.pause;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static otopair.Vaadin.all;
import static otopair.Vaadin.any;
import static otopair.Vaadin.classes;
import static otopair.Vaadin.follow;
import static otopair.Vaadin.id;
import static otopair.Vaadin.ui;
import static otopair.Vaadin.uidl;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Customers finding and booking, and shop owners working their job board, as Vaadin users of one
 * Otopair node: each virtual user signs in (its own HTTP session), opens one page and then moves
 * around it as a browser tab does (router links, clicks, typed fields), thinking 2 to 5 s between
 * steps, until the run ends. The demo accounts are shared: three customers, three owners.
 *
 * <p>A customer's visit: the find page, a search of their city, a shop of the results, a service's
 * slot picker, a day with free slots; then, in {@code book} % of visits, a slot (the hold page,
 * which holds it) and the booking confirmed with a phone number (paid at the shop: no card step),
 * otherwise a second day; then home. An owner's round: a job opened from the board, back to the
 * board, a job moved between "in progress" and "waiting for parts" from its card's menu, the
 * dashboard, the board again. A step that fails ends the visit, and the next one starts from a
 * page loaded again (as a person pressing reload).
 *
 * <p>System properties: base (the node's address), users (concurrent users at full load), ramp
 * (seconds to get there), seconds (at full load, measured), owners (% of users), book (% of
 * customer visits that book).
 */
public class VaadinUsers extends Simulation {

  static final String BASE = System.getProperty("base", "http://127.0.0.1:8080");
  static final int USERS = Integer.getInteger("users", 100);
  static final int RAMP = Integer.getInteger("ramp", 60);
  static final int SECONDS = Integer.getInteger("seconds", 120);
  static final int OWNERS_PERCENT = Integer.getInteger("owners", 10);
  static final int BOOK_PERCENT = Integer.getInteger("book", 30);
  static final Path TARGET = Path.of(System.getProperty("target", "target"));

  /** A demo customer and the city they search. */
  record Customer(String email, String city) {}

  /**
   * The demo's verified customers (all with the demo password), one a line in the file named by
   * {@code -Dcustomers} (run.sh writes it from the database); else the three the README names.
   * Every other one searches Montreal, the others Austin.
   */
  static final List<Customer> CUSTOMERS = customerAccounts();

  static List<Customer> customerAccounts() {
    List<String> emails =
        List.of(
            "emma.wilson@example.test", "camille.roy@example.test", "julien.bouchard@example.test");
    String file = System.getProperty("customers", "");
    try {
      if (!file.isBlank() && Files.exists(Path.of(file))) {
        emails =
            Files.readAllLines(Path.of(file)).stream().map(String::strip).filter(e -> !e.isEmpty())
                .toList();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Customer> customers = new ArrayList<>();
    for (int i = 0; i < emails.size(); i++) {
      String email = emails.get(i);
      String city =
          email.startsWith("emma.wilson") ? "Austin"
              : email.startsWith("camille.roy") || email.startsWith("julien.bouchard") ? "Montreal"
              : i % 2 == 0 ? "Montreal" : "Austin";
      customers.add(new Customer(email, city));
    }
    return List.copyOf(customers);
  }

  /**
   * Accounts with a booking under way. One person books one thing at a time, and Otopair releases a
   * customer's earlier hold when they hold another slot: virtual users sharing an account take
   * turns, and one whose account is busy looks at another day instead.
   */
  static final Set<String> BOOKING = ConcurrentHashMap.newKeySet();
  static final List<String> OWNERS =
      List.of(
          "sophie.tremblay@garage-plateau.test",
          "marc.gagnon@atelier-rosemont.test",
          "jessica.ramirez@eastside-auto.test");

  static final List<String> UIDL_STEPS = new ArrayList<>();

  private static volatile long end = Long.MAX_VALUE;

  static ChainBuilder think() {
    return pause(Duration.ofSeconds(2), Duration.ofSeconds(5));
  }

  static boolean running(Session session) {
    return System.currentTimeMillis() < end;
  }

  /** A UIDL step, named in the summary's "all UIDL requests" line. */
  static String step(String name) {
    UIDL_STEPS.add(name);
    return name;
  }

  static List<UiTree.Node> links(UiTree ui, String prefix) {
    return ui.findAll(n -> n.tag.equals("a") && n.attribute("href").startsWith(prefix));
  }

  static Vaadin.Expect links(String prefix) {
    return (ui, session) ->
        links(ui, prefix).isEmpty() ? "no link to " + prefix + "... on the page" : null;
  }

  /** The day's card shows the day's heading (and its free slots, when some are left). */
  static Vaadin.Expect dayShown() {
    return (ui, session) ->
        ui.byId("book-day")
                .map(day -> ui.findAll(day, UiTree.tag("h2")).isEmpty() ? null : day)
                .isPresent()
            ? null
            : "the chosen day is not shown";
  }

  static boolean hasSlots(Session session) {
    return !ui(session).findAll(UiTree.hasClass("otopair-slot-button")).isEmpty();
  }

  /** The hold page's confirm button, when shown (a shop that takes cards shows "pay" instead). */
  static Optional<UiTree.Node> confirmButton(Session session) {
    return ui(session).byId("confirm-booking").filter(button -> !button.hidden());
  }

  // The customer.

  static final String HOME = step("customer: home");
  static final String FIND = step("customer: find page");
  static final String SEARCH = step("customer: search");
  static final String SHOP = step("customer: shop page");
  static final String PICKER = step("customer: slot picker");
  static final String DAY = step("customer: pick a day");
  static final String ANOTHER_DAY = step("customer: another day");
  static final String HOLD = step("customer: hold a slot");
  static final String CONFIRM = step("customer: confirm");

  static ChainBuilder customerVisit() {
    return exec(
        think(),
        follow(FIND, session -> "find", id("find-where")),
        think(),
        uidl(
            SEARCH,
            (ui, session) -> {
              var rpc =
                  UiTree.customValue(
                      UiTree.rpc(),
                      ui.byId("find-where").orElseThrow(),
                      session.<Customer>get("customer").city());
              return UiTree.click(rpc, ui.byId("find-search").orElseThrow());
            },
            all(id("find-count"), links("shops/"))),
        think(),
        follow(SHOP, session -> any(links(ui(session), "shops/")).attribute("href"),
            classes("otopair-book-link", 1)),
        think(),
        follow(
            PICKER,
            session ->
                any(ui(session).findAll(UiTree.hasClass("otopair-book-link"))).attribute("href"),
            all(id("book-heading"), classes("otopair-free-day", 1))),
        think(),
        uidl(
            DAY,
            (ui, session) ->
                UiTree.click(UiTree.rpc(), any(ui.findAll(UiTree.hasClass("otopair-free-day")))),
            dayShown()),
        doIfOrElse(
                session ->
                    hasSlots(session)
                        && ThreadLocalRandom.current().nextInt(100) < BOOK_PERCENT
                        && BOOKING.add(session.<Customer>get("customer").email()))
            .then(
                exec(
                    think(),
                    uidl(
                        HOLD,
                        (ui, session) ->
                            UiTree.click(
                                UiTree.rpc(),
                                any(ui.findAll(UiTree.hasClass("otopair-slot-button")))),
                        // Taken meanwhile by another customer: the page says so, nearest times.
                        (ui, session) ->
                            ui.byId("hold-heading").isPresent() || ui.byId("slot-taken").isPresent()
                                ? null
                                : "neither the hold nor \"slot taken\" shown"),
                    doIf(session -> confirmButton(session).isPresent())
                        .then(
                            think(),
                            uidl(
                                CONFIRM,
                                (ui, session) -> {
                                  // The phone (the form's last text field) is required; a
                                  // customer without a saved vehicle describes one (year, make,
                                  // model: the first fields, shown only then).
                                  UiTree.Node form =
                                      ui.find(UiTree.tag("vaadin-form-layout")).orElseThrow();
                                  List<UiTree.Node> fields =
                                      ui.findAll(form, UiTree.tag("vaadin-text-field"));
                                  var rpc = UiTree.rpc();
                                  UiTree.Node year =
                                      ui.findAll(form, UiTree.tag("vaadin-integer-field")).getFirst();
                                  if (!year.hidden()) {
                                    UiTree.type(rpc, year, "2019");
                                    UiTree.type(rpc, fields.get(0), "Toyota");
                                    UiTree.type(rpc, fields.get(1), "Corolla");
                                  }
                                  UiTree.type(rpc, fields.getLast(), "+1 514 555 0123");
                                  return UiTree.click(rpc, confirmButton(session).orElseThrow());
                                },
                                all(id("booking-heading"), id("booking-status")))),
                    exec(
                        session -> {
                          BOOKING.remove(session.<Customer>get("customer").email());
                          return session;
                        })))
            .orElse(
                think(),
                uidl(
                    ANOTHER_DAY,
                    (ui, session) ->
                        UiTree.click(
                            UiTree.rpc(), any(ui.findAll(UiTree.hasClass("otopair-free-day")))),
                    dayShown())),
        think(),
        follow(HOME, session -> "home", id("home-greeting")));
  }

  static ScenarioBuilder customers() {
    return scenario("customers")
        .exec(
            session ->
                session.set(
                    "customer", CUSTOMERS.get((int) (session.userId() % CUSTOMERS.size()))))
        .exec(Vaadin.signIn(session -> session.<Customer>get("customer").email()))
        .exitHereIfFailed()
        .exec(session -> session.set("reload", true))
        .asLongAs(VaadinUsers::running)
        .on(
            exitBlockOnFail()
                .on(
                    doIf(session -> session.getBoolean("reload"))
                        .then(
                            Vaadin.open("customer: open home", "home", id("home-greeting")),
                            exec(session -> session.set("reload", false))),
                    customerVisit()),
            doIf(Session::isFailed)
                .then(
                    exec(
                        session -> {
                          BOOKING.remove(session.<Customer>get("customer").email());
                          return session.markAsSucceeded().set("reload", true);
                        }),
                    think()));
  }

  // The shop owner.

  static final String OPEN_JOB = step("owner: open a job");
  static final String BACK_TO_BOARD = step("owner: back to the board");
  static final String MOVE = step("owner: move a job");
  static final String DASHBOARD = step("owner: dashboard");
  static final String BOARD = step("owner: job board");

  /** Where a job's card menu's first action moves it (JobStatus.next(), in its order). */
  static final Map<String, String> NEXT =
      Map.of(
          "REQUESTED", "ACCEPTED",
          "ACCEPTED", "IN_PROGRESS",
          "IN_PROGRESS", "WAITING_PARTS",
          "WAITING_PARTS", "IN_PROGRESS",
          "WAITING_APPROVAL", "IN_PROGRESS");

  /** The columns an owner moves a job from, the first that has a card. */
  static final List<List<String>> MOVABLE =
      List.of(
          List.of("IN_PROGRESS", "WAITING_PARTS", "WAITING_APPROVAL"),
          List.of("ACCEPTED"),
          List.of("REQUESTED"));

  static Vaadin.Expect board() {
    return all(id("job-board"), classes("otopair-job-card", 1));
  }

  static ChainBuilder ownerRound() {
    return exec(
        think(),
        uidl(
            OPEN_JOB,
            (ui, session) ->
                ui.clickRemembered(
                    UiTree.rpc(), any(ui.findAll(UiTree.hasClass("otopair-job-card-body")))),
            Vaadin.clicked(OPEN_JOB, all(id("job-heading"), id("job-facts")))),
        think(),
        follow(BACK_TO_BOARD, session -> "jobs", board()),
        think(),
        uidl(
            MOVE,
            (ui, session) -> {
              // A card of a job under way, else one to start, else a new one; its menu's first
              // action moves it on (Wait for parts, Resume work, Start work, Accept).
              List<UiTree.Node> cards = List.of();
              String from = "";
              for (List<String> statuses : MOVABLE) {
                cards = new ArrayList<>();
                for (UiTree.Node column :
                    ui.findAll(n -> statuses.contains(n.attribute("data-status")))) {
                  cards.addAll(ui.findAll(column, UiTree.hasClass("otopair-job-card")));
                }
                if (!cards.isEmpty()) {
                  break;
                }
              }
              UiTree.Node card = any(cards);
              for (UiTree.Node column : ui.findAll(n -> !n.attribute("data-status").isEmpty())) {
                if (!ui.findAll(column, n -> n == card).isEmpty()) {
                  from = column.attribute("data-status");
                }
              }
              ui.pending = card.attribute("id") + " " + NEXT.get(from);
              UiTree.Node action = ui.findAll(card, UiTree.tag("vaadin-menu-bar-item")).getFirst();
              return ui.clickRemembered(UiTree.rpc(), action);
            },
            Vaadin.clicked(MOVE, (ui, session) -> {
              String[] pending = ui.pending.split(" ");
              Optional<UiTree.Node> column =
                  ui.find(n -> pending[1].equals(n.attribute("data-status")));
              return column.isPresent()
                      && !ui.findAll(column.get(), n -> pending[0].equals(n.attribute("id")))
                          .isEmpty()
                  ? null
                  : "the job is not in " + pending[1] + " after the move";
            })),
        think(),
        follow(DASHBOARD, session -> "home", all(id("home-greeting"), id("dashboard"))),
        think(),
        follow(BOARD, session -> "jobs", board()));
  }

  static ScenarioBuilder owners() {
    return scenario("owners")
        .exec(Vaadin.signIn(session -> OWNERS.get((int) (session.userId() % OWNERS.size()))))
        .exitHereIfFailed()
        .exec(session -> session.set("reload", true))
        .asLongAs(VaadinUsers::running)
        .on(
            exitBlockOnFail()
                .on(
                    doIf(session -> session.getBoolean("reload"))
                        .then(
                            Vaadin.open("owner: open the job board", "jobs", board()),
                            exec(session -> session.set("reload", false))),
                    ownerRound()),
            doIf(Session::isFailed)
                .then(exec(session -> session.markAsSucceeded().set("reload", true)), think()));
  }

  HttpProtocolBuilder protocol =
      http.baseUrl(BASE)
          .acceptHeader("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
          .acceptLanguageHeader("en-CA,en;q=0.9")
          .acceptEncodingHeader("gzip, deflate")
          .userAgentHeader(
              "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko)"
                  + " Chrome/142.0 Safari/537.36 (Otopair load test)")
          .disableCaching();

  {
    int owners = Math.round(USERS * OWNERS_PERCENT / 100f);
    int customers = USERS - owners;
    List<PopulationBuilder> populations = new ArrayList<>();
    if (customers > 0) {
      populations.add(customers().injectOpen(rampUsers(customers).during(RAMP)));
    }
    if (owners > 0) {
      populations.add(owners().injectOpen(rampUsers(owners).during(RAMP)));
    }
    setUp(populations).protocols(protocol);
  }

  @Override
  public void before() {
    long now = System.currentTimeMillis();
    end = now + (RAMP + SECONDS) * 1000L;
    Steps.window(now + RAMP * 1000L, end);
    // For run.sh: when the measured window starts and ends (epoch ms), to profile and sample CPU.
    Steps.write(TARGET.resolve("window.txt"), (now + RAMP * 1000L) + " " + end + "\n");
    System.out.printf(
        "Vaadin users: %d (%d %% owners), ramp %d s, then %d s measured; %d %% of visits book;"
            + " %d customer accounts; %s%n",
        USERS, OWNERS_PERCENT, RAMP, SECONDS, BOOK_PERCENT, CUSTOMERS.size(), BASE);
  }

  @Override
  public void after() {
    String report = Steps.report(UIDL_STEPS);
    System.out.println();
    System.out.println("== Response times in ms at full load (the last " + SECONDS + " s)");
    System.out.print(report);
    Steps.write(TARGET.resolve("steps.txt"), report);
  }
}
