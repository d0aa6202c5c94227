import com.github.mvysny.kaributesting.v10.MessagesKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.otopair.OtopairApplication;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.AppRoutes;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageList;
import com.vaadin.flow.component.messages.MessageListItem;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinSession;
import com.zaxxer.hikari.HikariDataSource;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import kotlin.jvm.functions.Function0;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Chat delivery latency of live sessions. S sessions, each with its customer and its mechanic on
 * the session page (a real Vaadin UI each, in its own Vaadin session, through Karibu's mock
 * servlet, so no browser or network), exchange R messages a side, one every E ms a session. A
 * message is sent by submitting the sender's chat input under its session lock, as a request
 * does; it is timed from that moment (wall clock, microseconds) to the end of the {@code
 * UI.access} on the other side's UI in which its chat list shows it: the push path of {@code
 * LiveUpdates} (and of {@code LiveRelay} across processes) up to the point where a real server
 * writes the UI's changes to its push connection.
 *
 * <p>{@code nodes=1}: both sides in this JVM. {@code nodes=2}: the customers' UIs in this JVM, the
 * mechanics' in a second JVM started on the same database, so every message crosses processes.
 *
 * <p>Arguments: sessions=200 rounds=10 every=2000 nodes=1.
 */
public class ChatBench {

  static final String PASSWORD = "a bench passphrase";

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        new HashMap<>(Map.of("sessions", "200", "rounds", "10", "every", "2000", "nodes", "1"));
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], pair[1]);
    }
    if (options.containsKey("url")) {
      mechanicsNode(options);
    } else {
      firstNode(options);
    }
  }

  /** This JVM's node: the database, the sessions, the customers' UIs (and the mechanics'). */
  static void firstNode(Map<String, String> options) throws Exception {
    int sessions = Integer.parseInt(options.get("sessions"));
    int rounds = Integer.parseInt(options.get("rounds"));
    int every = Integer.parseInt(options.get("every"));
    boolean twoNodes = options.get("nodes").equals("2");
    System.out.println("== Starting Otopair on a fresh embedded PostgreSQL");
    ConfigurableApplicationContext app =
        start("--otopair.embedded-postgres.data-directory=", "--otopair.embedded-postgres.port=0");
    try {
      System.out.printf("== %d sessions: customers, mechanics, claimed%n", sessions);
      List<Pair> pairs = sessions(app, sessions);
      Process other = null;
      BufferedReader otherOut = null;
      if (twoNodes) {
        Path list = Path.of("bench/chat/target/sessions.txt");
        Files.write(list, pairs.stream().map(Pair::line).toList());
        var database = app.getBean(HikariDataSource.class);
        other =
            new ProcessBuilder(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx1500m",
                    "-cp",
                    System.getProperty("java.class.path"),
                    "ChatBench",
                    "url=" + database.getJdbcUrl(),
                    "user=" + database.getUsername(),
                    "password=" + database.getPassword(),
                    "list=" + list,
                    "rounds=" + rounds,
                    "every=" + every)
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        otherOut = new BufferedReader(new InputStreamReader(other.getInputStream()));
        System.out.println("== Second process: the mechanics' node on the same database");
      }
      System.out.printf("== Opening %d session pages%n", twoNodes ? sessions : 2 * sessions);
      Routes routes = AppRoutes.all();
      var received = new ConcurrentLinkedQueue<Long>();
      List<BenchUI> senders = new ArrayList<>();
      for (Pair pair : pairs) {
        senders.add(open(app, routes, pair.customerEmail(), pair.sessionId(), 'c', received));
        if (!twoNodes) {
          senders.add(open(app, routes, pair.mechanicEmail(), pair.sessionId(), 'm', received));
        }
      }
      warmUp(senders);
      if (otherOut != null) {
        awaitLine(otherOut, "READY");
        Thread.sleep(3_000); // the other node's warm-up messages
      }
      received.clear();
      long startAt = System.currentTimeMillis() + 2_000;
      if (other != null) {
        other.getOutputStream().write(("GO " + startAt + "\n").getBytes());
        other.getOutputStream().flush();
      }
      System.out.printf(
          "== Each side sends %d messages, a session every %d ms (%.0f messages/s in all)%n",
          rounds, every, 2.0 * sessions * 1000 / every);
      int sent = send(senders, rounds, every, startAt, twoNodes);
      List<Long> all = new ArrayList<>(received);
      if (other != null) {
        awaitLine(otherOut, "DONE");
        other.waitFor();
        for (String line : Files.readAllLines(Path.of("bench/chat/target/received-2.txt"))) {
          all.add(Long.parseLong(line));
        }
        sent *= 2;
      }
      report(all, sent, twoNodes);
    } finally {
      app.close();
    }
    System.exit(0);
  }

  /** The second JVM: the mechanics' UIs on the first node's database. */
  static void mechanicsNode(Map<String, String> options) throws Exception {
    ConfigurableApplicationContext app =
        start(
            "--spring.datasource.url=" + options.get("url"),
            "--spring.datasource.username=" + options.get("user"),
            "--spring.datasource.password=" + options.get("password"));
    var stdin = new BufferedReader(new InputStreamReader(System.in));
    Routes routes = AppRoutes.all();
    var received = new ConcurrentLinkedQueue<Long>();
    List<BenchUI> senders = new ArrayList<>();
    for (String line : Files.readAllLines(Path.of(options.get("list")))) {
      String[] parts = line.split(" ");
      senders.add(open(app, routes, parts[1], UUID.fromString(parts[0]), 'm', received));
    }
    warmUp(senders);
    received.clear();
    System.err.println("== Mechanics' node: " + senders.size() + " session pages open");
    System.out.println("READY");
    System.out.flush();
    String go = stdin.readLine();
    long startAt = Long.parseLong(go.substring(3));
    send(
        senders,
        Integer.parseInt(options.get("rounds")),
        Integer.parseInt(options.get("every")),
        startAt,
        true);
    try (var out = new PrintWriter(Files.newBufferedWriter(Path.of("bench/chat/target/received-2.txt")))) {
      received.forEach(out::println);
    }
    System.out.println("DONE");
    System.out.flush();
    app.close();
    System.exit(0);
  }

  static ConfigurableApplicationContext start(String... database) {
    List<String> args = new ArrayList<>(List.of(database));
    args.addAll(
        List.of(
            "--server.port=0",
            "--otopair.demo.enabled=false",
            "--otopair.files.directory=target/chat-bench-files",
            "--vaadin.devmode.devTools.enabled=false",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--vaadin.productionMode=true"));
    return new SpringApplicationBuilder(OtopairApplication.class).run(args.toArray(String[]::new));
  }

  record Pair(UUID sessionId, String customerEmail, String mechanicEmail) {
    String line() {
      return sessionId + " " + mechanicEmail + " " + customerEmail;
    }
  }

  /** One shop, a remote chat service, and S claimed sessions, each its customer and mechanic. */
  static List<Pair> sessions(ConfigurableApplicationContext app, int count) {
    var users = app.getBean(UserProvisioning.class);
    var shops = app.getBean(ShopProvisioning.class);
    var membership = app.getBean(ShopMembership.class);
    var userDetails = app.getBean(UserDetailsService.class);
    String tag = UUID.randomUUID().toString().substring(0, 8);
    UUID owner =
        users.createVerifiedUser(
            "owner-" + tag + "@example.test", "Olga Owner", Roles.SHOP_OWNER, PASSWORD);
    UUID shop =
        shops.createLiveShop(
            owner,
            new ShopDraft(
                "Bench Garage " + tag,
                "bench-" + tag,
                "100 Rue Test",
                "Montréal",
                "QC",
                "H2T 1S6",
                "CA",
                "(514) 555-0100",
                "America/Toronto",
                "We fix things.",
                null,
                null,
                List.of(
                    new OpeningHours(DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(17, 0)))));
    UUID chat =
        shops.addOffering(
            shop,
            new Offering(
                null,
                "Remote diagnosis",
                "Tell a mechanic what your car does.",
                OfferingCategory.DIAGNOSTICS,
                60,
                new Money(2500, "CAD"),
                OfferingMode.REMOTE_CHAT,
                true));
    String slug = membership.ref(shop).slug();
    List<Pair> pairs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String customer = "customer-" + tag + "-" + i + "@example.test";
      String mechanic = "mechanic-" + tag + "-" + i + "@example.test";
      users.createVerifiedUser(customer, "Customer " + i, Roles.CUSTOMER, PASSWORD);
      membership.addMechanic(
          shop, users.createVerifiedUser(mechanic, "Mechanic " + i, Roles.MECHANIC, PASSWORD));
      SignIn.as(userDetails, customer);
      UUID id =
          app.getBean(LiveSessions.class)
              .request(
                  new LiveSessions.Request(
                      slug, chat, "2016 Honda Civic", "It stalls at red lights.", List.of()));
      SignIn.as(userDetails, mechanic);
      app.getBean(SessionQueue.class).claim(id);
      SecurityContextHolder.clearContext();
      pairs.add(new Pair(id, customer, mechanic));
    }
    return pairs;
  }

  /**
   * A UI that notes, at the end of each {@code UI.access}, the other side's messages its chat list
   * shows for the first time.
   */
  static final class BenchUI extends UI {
    final char side;
    final ConcurrentLinkedQueue<Long> received;
    MessageList list;
    MessageInput input;
    int seen;

    BenchUI(char side, ConcurrentLinkedQueue<Long> received) {
      this.side = side;
      this.received = received;
    }

    @Override
    public Future<Void> access(Command command) {
      return super.access(
          () -> {
            command.execute();
            noteArrivals();
          });
    }

    private void noteArrivals() {
      if (list == null) {
        return;
      }
      List<MessageListItem> items = list.getItems();
      long now = micros();
      for (int i = seen; i < items.size(); i++) {
        String text = items.get(i).getText();
        if (text != null && text.length() > 2 && text.charAt(0) != side && text.charAt(1) == ':') {
          received.add(now - Long.parseLong(text.substring(2)));
        }
      }
      seen = items.size();
    }

    void sendNow() {
      accessSynchronously(() -> MessagesKt._submit(input, side + ":" + micros()));
    }
  }

  static long micros() {
    return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
  }

  /**
   * Opens the session page as this user in a new Vaadin session, on a thread of its own (Karibu
   * keeps its mock browser in thread locals), and leaves the session unlocked, as between two
   * requests: another thread's {@code UI.access} then runs at once, as on a server.
   */
  static BenchUI open(
      ConfigurableApplicationContext app,
      Routes routes,
      String email,
      UUID sessionId,
      char side,
      ConcurrentLinkedQueue<Long> received) {
    var opened = new CompletableFuture<BenchUI>();
    Thread.ofPlatform()
        .start(
            () -> {
              try {
                Function0<UI> factory = () -> new BenchUI(side, received);
                MockVaadin.setup(factory, new MockSpringServlet(routes, app, factory));
                KaribuTest.signInToVaadin(app.getBean(UserDetailsService.class), email);
                UI.getCurrent().getPage().reload();
                VaadinSession.getCurrent()
                    .getSession()
                    .setAttribute(
                        HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                        SecurityContextHolder.getContext());
                var ui = (BenchUI) UI.getCurrent();
                ui.navigate("sessions/" + sessionId);
                ui.list = find(ui, MessageList.class).orElseThrow();
                ui.input = find(ui, MessageInput.class).orElseThrow();
                ui.seen = ui.list.getItems().size();
                SecurityContextHolder.clearContext();
                VaadinSession session = VaadinSession.getCurrent();
                var lock = (ReentrantLock) session.getLockInstance();
                while (lock.isHeldByCurrentThread()) {
                  session.unlock();
                }
                opened.complete(ui);
              } catch (Throwable e) {
                opened.completeExceptionally(e);
              }
            });
    return opened.join();
  }

  static <T extends Component> Optional<T> find(Component root, Class<T> type) {
    return descendants(root).filter(type::isInstance).map(type::cast).findFirst();
  }

  static Stream<Component> descendants(Component root) {
    return Stream.concat(Stream.of(root), root.getChildren().flatMap(ChatBench::descendants));
  }

  /** A message from every tenth page, not counted: the JIT and the pools get going. */
  static void warmUp(List<BenchUI> senders) throws InterruptedException {
    for (int i = 0; i < senders.size(); i += 10) {
      senders.get(i).sendNow();
    }
    Thread.sleep(3_000);
  }

  /**
   * Every page sends {@code rounds} messages, one every {@code every} ms a session, the two sides
   * of a session alternating; returns how many were sent.
   */
  static int send(List<BenchUI> senders, int rounds, int every, long startAt, boolean oneSideHere)
      throws InterruptedException {
    ScheduledExecutorService pool = Executors.newScheduledThreadPool(8);
    var done = new CountDownLatch(senders.size() * rounds);
    var failed = new AtomicInteger();
    long delay = Math.max(0, startAt - System.currentTimeMillis());
    for (int i = 0; i < senders.size(); i++) {
      BenchUI ui = senders.get(i);
      // The two sides of a session half a period apart; sessions spread over the period.
      long offset = (long) i * every / senders.size() + (ui.side == 'm' ? every / 2 : 0);
      if (!oneSideHere) {
        offset = (long) (i / 2) * every / (senders.size() / 2) + (ui.side == 'm' ? every / 2 : 0);
      }
      var left = new AtomicInteger(rounds);
      var task = new Future<?>[1];
      task[0] =
          pool.scheduleAtFixedRate(
              () -> {
                if (left.getAndDecrement() <= 0) {
                  return;
                }
                try {
                  ui.sendNow();
                } catch (RuntimeException e) {
                  if (failed.getAndIncrement() == 0) {
                    e.printStackTrace();
                  }
                } finally {
                  done.countDown();
                }
              },
              delay + offset,
              every,
              TimeUnit.MILLISECONDS);
    }
    done.await();
    Thread.sleep(2_000); // the last deliveries
    pool.shutdownNow();
    if (failed.get() > 0) {
      System.err.println("== " + failed.get() + " messages could not be sent");
    }
    return senders.size() * rounds - failed.get();
  }

  static void report(List<Long> latencies, int sent, boolean twoNodes) {
    Collections.sort(latencies);
    System.out.printf(
        "== %s: %d messages sent, %d delivered to the other side's UI%n",
        twoNodes ? "two processes" : "one node", sent, latencies.size());
    if (latencies.isEmpty()) {
      return;
    }
    System.out.printf(
        "== latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
        ms(latencies, 0.50), ms(latencies, 0.95), ms(latencies, 0.99), latencies.getLast() / 1e3);
  }

  static double ms(List<Long> sorted, double quantile) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size())))
        / 1e3;
  }

  static void awaitLine(BufferedReader in, String expected) throws Exception {
    String line;
    while ((line = in.readLine()) != null) {
      if (line.equals(expected)) {
        return;
      }
    }
    throw new IllegalStateException("The second process ended before " + expected);
  }
}
