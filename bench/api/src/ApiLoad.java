import com.otopair.OtopairApplication;
import com.otopair.base.Money;
import com.otopair.base.Roles;
import com.otopair.identity.ApiTokens;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.scheduling.WindowHours;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.OpeningHours;
import com.otopair.shops.ShopDraft;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import java.math.BigDecimal;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Load test of the booking API: starts Otopair on a fresh embedded PostgreSQL and a free port,
 * creates a shop (America/Toronto, N mechanics working weekdays 08:00-18:00, a one-hour oil change)
 * and C customers with API tokens, then runs C concurrent clients for S seconds (or until the
 * calendar is full). Each client loops: GET the free slots of a random weekday in the next four
 * weeks, hold a random one (POST /bookings), confirm it (POST /bookings/{id}/confirm). Clients
 * compete for the same slots on purpose. Afterwards it checks in SQL that no two active bookings of
 * one mechanic overlap, and that every booking a client was told about is in the database.
 *
 * <p>Arguments: clients=50 seconds=60 mechanics=20.
 */
public class ApiLoad {

  static final ZoneId ZONE = ZoneId.of("America/Toronto");
  static final String SLUG = "load-test-garage";
  static final JsonMapper JSON = JsonMapper.builder().build();

  public static void main(String[] args) throws Exception {
    Map<String, Integer> options =
        new ConcurrentHashMap<>(Map.of("clients", 50, "seconds", 60, "mechanics", 20, "pgbench", 1));
    List<String> springArgs = new ArrayList<>();
    for (String arg : args) {
      if (arg.startsWith("--")) {
        springArgs.add(arg);
        continue;
      }
      String[] pair = arg.split("=", 2);
      options.put(pair[0], Integer.parseInt(pair[1]));
    }
    int clients = options.get("clients");
    int seconds = options.get("seconds");
    int mechanics = options.get("mechanics");
    // A fresh durable database (fsync and synchronous commits on, like a kept one), so the API and
    // pgbench below pay for the same commits as production does.
    Path data = Path.of("bench/api/target/load-db").toAbsolutePath();
    deleteTree(data);

    System.out.println("== Starting Otopair on a fresh, durable embedded PostgreSQL");
    // Command-line arguments win over application.properties: a database of its own, never the
    // developer's. Only the API is exercised, so Vaadin needs no frontend tooling. Arguments
    // starting with -- go to Otopair last, so they win.
    List<String> settings =
        new ArrayList<>(
            List.of(
                "--server.port=0",
                "--otopair.embedded-postgres.data-directory=" + data,
                "--otopair.embedded-postgres.port=0",
                "--otopair.demo.enabled=false",
                "--otopair.files.directory=target/load-test-files",
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                // The buckets are still read and written on every call (their cost is measured),
                // but one client's pace must not be refused: this measures throughput.
                "--otopair.rate-limits.api.read.token.capacity=1000000",
                "--otopair.rate-limits.api.write.token.capacity=1000000",
                "--vaadin.productionMode=true"));
    settings.addAll(springArgs);
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(OtopairApplication.class).run(settings.toArray(String[]::new));
    int exit = 1;
    try {
      String base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port") + "/api/v1/";
      System.out.printf("== Creating a shop with %d mechanics and %d customers with API tokens%n", mechanics, clients);
      // One more customer for the warm-up: every client starts with its own token's full
      // allowance of calls per minute (otopair.rate-limits.api.*.token).
      Setup setup = setUp(app, mechanics, clients + 1);
      Result result = run(app, base, setup, clients, seconds);
      exit = result.ok() ? 0 : 1;
      if (options.get("pgbench") == 1) {
        double tps = pgbench(app.getBean(EmbeddedPostgres.class).getPort(), clients, seconds);
        System.out.printf("pgbench TPS (TPC-B, scale 10, -c %d -j 2 -T %d)  %.0f%n", clients, seconds, tps);
        System.out.printf("API calls per second / pgbench TPS   %.1f %%%n", 100 * result.callsPerSecond() / tps);
      }
    } finally {
      app.close();
    }
    System.exit(exit);
  }

  record Setup(UUID shopId, UUID serviceId, List<String> tokens) {}

  static Setup setUp(ConfigurableApplicationContext app, int mechanics, int customers) {
    var users = app.getBean(UserProvisioning.class);
    var shops = app.getBean(ShopProvisioning.class);
    var membership = app.getBean(ShopMembership.class);
    var schedules = app.getBean(ScheduleProvisioning.class);
    var userDetails = app.getBean(UserDetailsService.class);
    var apiTokens = app.getBean(ApiTokens.class);
    String password = "a long load-test passphrase";
    UUID owner = users.createVerifiedUser("owner@load.test", "Lou Owner", Roles.SHOP_OWNER, password);
    List<OpeningHours> open = new ArrayList<>();
    List<WindowHours> week = new ArrayList<>();
    for (DayOfWeek day : List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY)) {
      open.add(new OpeningHours(day, LocalTime.of(8, 0), LocalTime.of(18, 0)));
      week.add(WindowHours.weekly(day, LocalTime.of(8, 0), LocalTime.of(18, 0), BigDecimal.ONE));
    }
    UUID shop =
        shops.createLiveShop(
            owner,
            new ShopDraft(
                "Load Test Garage", SLUG, "1 Rue du Test", "Montréal", "QC", "H2T 1S6", "CA",
                "(514) 555-0100", ZONE.getId(), "Busy.", null, null, open));
    for (int i = 0; i < mechanics; i++) {
      UUID mechanic =
          users.createVerifiedUser("mechanic-" + i + "@load.test", "Mechanic " + i, Roles.MECHANIC, password);
      membership.addMechanic(shop, mechanic);
      schedules.weeklyHours(shop, mechanic, week);
    }
    UUID service =
        shops.addOffering(
            shop,
            new Offering(null, "Oil change", "Oil and filter.", OfferingCategory.OIL, 60,
                new Money(8000, "CAD"), OfferingMode.IN_SHOP, true));
    List<String> tokens = new ArrayList<>();
    for (int i = 0; i < customers; i++) {
      String email = "customer-" + i + "@load.test";
      users.createVerifiedUser(email, "Customer " + i, Roles.CUSTOMER, password);
      var user = userDetails.loadUserByUsername(email);
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(
          UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
      SecurityContextHolder.setContext(context);
      tokens.add(apiTokens.issue("Load test").secret());
      SecurityContextHolder.clearContext();
    }
    return new Setup(shop, service, tokens);
  }

  static final class Stats {
    final ConcurrentLinkedQueue<Long> slots = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> hold = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> confirm = new ConcurrentLinkedQueue<>();
    final ConcurrentLinkedQueue<Long> booking = new ConcurrentLinkedQueue<>();
    final AtomicInteger booked = new AtomicInteger();
    final AtomicInteger taken = new AtomicInteger();
    final AtomicInteger fullDays = new AtomicInteger();
    final AtomicInteger errors = new AtomicInteger();
    final ConcurrentLinkedQueue<String> bookedIds = new ConcurrentLinkedQueue<>();
  }

  record Result(boolean ok, double callsPerSecond) {}

  static Result run(ConfigurableApplicationContext app, String base, Setup setup, int clients, int seconds)
      throws Exception {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    Stats stats = new Stats();
    // Warm-up: one client books a few slots so that the first measured calls are not cold.
    warmUp(http, base, setup);
    JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
    String commits = "select xact_commit from pg_stat_database where datname = current_database()";
    Long commitsBefore = jdbc.queryForObject(commits, Long.class);
    long postmaster = postmasterPid();
    long jvmCpuBefore = jvmCpuNanos();
    long databaseCpuBefore = databaseCpuNanos(postmaster);
    long allocatedBefore = allocatedBytes();
    System.out.printf("== %d clients booking for up to %d s%n", clients, seconds);
    long started = System.nanoTime();
    long deadline = started + Duration.ofSeconds(seconds).toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      String token = setup.tokens().get(c);
      Thread.ofPlatform().name("client-" + c).start(() -> {
        try {
          client(http, base, setup, token, deadline, stats);
        } catch (Exception e) {
          stats.errors.incrementAndGet();
          System.err.println("Client failed: " + e);
        } finally {
          done.countDown();
        }
      });
    }
    done.await();
    double elapsed = (System.nanoTime() - started) / 1e9;
    // Counted at once: the outbox's work for the last bookings may still be running.
    long commitsDuring = jdbc.queryForObject(commits, Long.class) - commitsBefore;
    long jvmCpu = jvmCpuNanos() - jvmCpuBefore;
    long databaseCpu = databaseCpuNanos(postmaster) - databaseCpuBefore;

    Integer overlaps =
        jdbc.queryForObject(
            """
            select count(*) from bookings a join bookings b
              on a.mechanic_id = b.mechanic_id and a.id < b.id
             and tstzrange(a.blocked_from, a.blocked_until) && tstzrange(b.blocked_from, b.blocked_until)
             where a.status in ('HELD', 'CONFIRMED') and b.status in ('HELD', 'CONFIRMED')
            """,
            Integer.class);
    Integer confirmed =
        jdbc.queryForObject(
            "select count(*) from bookings where shop_id = ? and status = 'CONFIRMED'",
            Integer.class, setup.shopId());
    Integer missing =
        jdbc.queryForObject(
            "select count(*) from unnest(?::uuid[]) as told(id) where not exists"
                + " (select 1 from bookings b where b.id = told.id and b.status = 'CONFIRMED')",
            Integer.class,
            "{" + String.join(",", stats.bookedIds) + "}");

    System.out.println();
    System.out.println("== Results");
    System.out.printf("clients                    %d%n", clients);
    System.out.printf("duration                   %.1f s%n", elapsed);
    System.out.printf("bookings confirmed         %d%n", stats.booked.get());
    System.out.printf("bookings per second        %.1f%n", stats.booked.get() / elapsed);
    int calls = stats.slots.size() + stats.hold.size() + stats.confirm.size();
    System.out.printf("API calls per second       %.1f%n", calls / elapsed);
    System.out.printf("database commits per call  %.1f%n", (double) commitsDuring / calls);
    // CPU time spent per call whatever else runs on the machine: the JVM's (server, outbox and
    // the clients themselves) and PostgreSQL's (every process of this cluster).
    System.out.printf("CPU per call: JVM %.1f ms, PostgreSQL %.1f ms%n",
        jvmCpu / 1e6 / calls, databaseCpu / 1e6 / calls);
    System.out.printf("holds refused (409 taken)  %d%n", stats.taken.get());
    System.out.printf("days found full            %d%n", stats.fullDays.get());
    System.out.printf("unexpected answers         %d%n", stats.errors.get());
    System.out.printf("GET slots     p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d calls)%n", p(stats.slots, 50), p(stats.slots, 95), p(stats.slots, 99), stats.slots.size());
    System.out.printf("POST hold     p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d calls)%n", p(stats.hold, 50), p(stats.hold, 95), p(stats.hold, 99), stats.hold.size());
    System.out.printf("POST confirm  p50 %6.1f ms  p95 %6.1f ms  p99 %6.1f ms  (%d calls)%n", p(stats.confirm, 50), p(stats.confirm, 95), p(stats.confirm, 99), stats.confirm.size());
    System.out.printf("booking (slots+hold+confirm) p50 %6.1f ms  p95 %6.1f ms%n", p(stats.booking, 50), p(stats.booking, 95));
    System.out.printf("confirmed in the database  %d%n", confirmed);
    System.out.printf("told but not in database   %d (must be 0)%n", missing);
    System.out.printf("overlapping active pairs   %d (must be 0)%n", overlaps);
    // The outbox's work (mails, inbox notices, jobs, audit) runs beside the calls: how much was
    // left when the clients stopped, and how long the node took to finish it.
    String unfinished = "select count(*) from event_publication where completion_date is null";
    Integer backlog = jdbc.queryForObject(unfinished, Integer.class);
    long drainStart = System.nanoTime();
    while (jdbc.queryForObject(unfinished, Integer.class) > 0
        && System.nanoTime() - drainStart < Duration.ofMinutes(3).toNanos()) {
      Thread.sleep(200);
    }
    Integer left = jdbc.queryForObject(unfinished, Integer.class);
    System.out.printf("outbox work left at the end %d, done %.1f s later (%d still left)%n",
        backlog, (System.nanoTime() - drainStart) / 1e9, left);
    // The whole work of the calls, their outbox's included: from the start until the outbox is
    // done (the checks above are a few queries). Allocation does not depend on how fast the
    // machine's cores are at the moment, so it compares runs on a shared machine.
    long commitsAll = jdbc.queryForObject(commits, Long.class) - commitsBefore;
    System.out.printf(
        "whole work per call, outbox included: JVM CPU %.1f ms, PostgreSQL CPU %.1f ms,"
            + " %.1f commits, %.0f KB allocated%n",
        (jvmCpuNanos() - jvmCpuBefore) / 1e6 / calls,
        (databaseCpuNanos(postmaster) - databaseCpuBefore) / 1e6 / calls,
        (double) commitsAll / calls,
        (allocatedBytes() - allocatedBefore) / 1024.0 / calls);
    boolean ok = overlaps == 0 && missing == 0 && left == 0 && confirmed >= stats.booked.get() && stats.errors.get() == 0;
    System.out.println(ok ? "OK" : "FAILED");
    return new Result(ok, calls / elapsed);
  }

  /**
   * pgbench's TPC-B on a database of its own in the same PostgreSQL, with the same settings, while
   * Otopair idles: what this machine's database does with the same number of clients.
   */
  static double pgbench(int port, int clients, int seconds) throws Exception {
    System.out.println();
    System.out.println("== pgbench on the same PostgreSQL");
    String url = "postgresql://postgres:postgres@localhost:" + port;
    exec(List.of("psql", "-q", url + "/postgres", "-c", "create database pgbench"));
    exec(List.of("pgbench", "-i", "-q", "-s", "10", url + "/pgbench"));
    String out =
        exec(List.of("pgbench", "-n", "-c", String.valueOf(clients), "-j", "2", "-T", String.valueOf(seconds),
            url + "/pgbench"));
    var tps = java.util.regex.Pattern.compile("tps = ([0-9.]+) \\(without initial connection time\\)").matcher(out);
    if (!tps.find()) {
      throw new IllegalStateException("pgbench printed no TPS:\n" + out);
    }
    return Double.parseDouble(tps.group(1));
  }

  /** Bytes allocated by every thread of this JVM so far (threads that ended included). */
  static long allocatedBytes() {
    return ((com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean())
        .getTotalThreadAllocatedBytes();
  }

  static long jvmCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** The embedded PostgreSQL's main process, from its data folder. */
  static long postmasterPid() throws Exception {
    return Long.parseLong(
        Files.readAllLines(Path.of("bench/api/target/load-db/postmaster.pid")).getFirst().strip());
  }

  /**
   * User and system CPU time of the postmaster and its children (the backends, and those that
   * ended), from /proc.
   */
  static long databaseCpuNanos(long postmaster) throws Exception {
    long ticks = 0;
    try (var processes = Files.list(Path.of("/proc"))) {
      for (Path process : processes.filter(p -> p.getFileName().toString().matches("\\d+")).toList()) {
        String stat;
        try {
          stat = Files.readString(process.resolve("stat"));
        } catch (java.io.IOException gone) {
          continue;
        }
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        long pid = Long.parseLong(process.getFileName().toString());
        long parent = Long.parseLong(fields[1]);
        if (pid == postmaster || parent == postmaster) {
          ticks += Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        }
        if (pid == postmaster) { // backends that ended
          ticks += Long.parseLong(fields[13]) + Long.parseLong(fields[14]);
        }
      }
    }
    return ticks * 10_000_000L; // USER_HZ is 100 on Linux
  }

  static String exec(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes());
    if (process.waitFor() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
    }
    return out;
  }

  static void deleteTree(Path root) throws Exception {
    if (Files.exists(root)) {
      try (var paths = Files.walk(root)) {
        for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  static void warmUp(HttpClient http, String base, Setup setup) throws Exception {
    Stats ignored = new Stats();
    client(http, base, setup, setup.tokens().getLast(), System.nanoTime() + Duration.ofSeconds(5).toNanos(), ignored);
    if (ignored.booked.get() == 0 || ignored.errors.get() > 0) {
      throw new IllegalStateException("Warm-up booked nothing; is the API up?");
    }
  }

  static void client(HttpClient http, String base, Setup setup, String token, long deadline, Stats stats)
      throws Exception {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    LocalDate today = LocalDate.now(ZONE);
    int fullInARow = 0;
    while (System.nanoTime() < deadline && fullInARow < 40) {
      LocalDate day = today.plusDays(2 + random.nextInt(28));
      if (day.getDayOfWeek().getValue() > 5) {
        continue;
      }
      long begin = System.nanoTime();
      var slots = send(http, token, "GET", base + "shops/" + SLUG + "/slots?service=" + setup.serviceId() + "&from=" + day + "&to=" + day, null);
      stats.slots.add(System.nanoTime() - begin);
      if (slots.statusCode() != 200) {
        unexpected(stats, "slots", slots);
        continue;
      }
      List<JsonNode> free = new ArrayList<>(JSON.readTree(slots.body()).path("slots").values());
      if (free.isEmpty()) {
        stats.fullDays.incrementAndGet();
        fullInARow++;
        continue;
      }
      fullInARow = 0;
      Collections.shuffle(free, random);
      JsonNode slot = free.getFirst();
      String mechanic = random.nextBoolean() ? "\"mechanic\": \"" + slot.path("mechanicId").asString() + "\"," : "";
      long holdStart = System.nanoTime();
      var held = send(http, token, "POST", base + "bookings",
          "{\"shop\": \"" + SLUG + "\", \"service\": \"" + setup.serviceId() + "\", " + mechanic + " \"start\": \"" + slot.path("start").asString() + "\"}");
      stats.hold.add(System.nanoTime() - holdStart);
      if (held.statusCode() == 409) {
        stats.taken.incrementAndGet();
        continue;
      }
      if (held.statusCode() != 201) {
        unexpected(stats, "hold", held);
        continue;
      }
      String id = JSON.readTree(held.body()).path("id").asString();
      long confirmStart = System.nanoTime();
      var confirmed = send(http, token, "POST", base + "bookings/" + id + "/confirm",
          "{\"vehicle\": {\"year\": 2019, \"make\": \"Toyota\", \"model\": \"Corolla\"},"
              + " \"problem\": \"Load test\", \"phone\": \"+1 514 555 0123\"}");
      stats.confirm.add(System.nanoTime() - confirmStart);
      if (confirmed.statusCode() != 200) {
        unexpected(stats, "confirm", confirmed);
        continue;
      }
      stats.booking.add(System.nanoTime() - begin);
      stats.booked.incrementAndGet();
      stats.bookedIds.add(id);
    }
  }

  static HttpResponse<String> send(HttpClient http, String token, String method, String url, String body)
      throws Exception {
    var request = HttpRequest.newBuilder(URI.create(url))
        .timeout(Duration.ofSeconds(30))
        .header("Authorization", "Bearer " + token)
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  static void unexpected(Stats stats, String call, HttpResponse<String> response) {
    if (stats.errors.incrementAndGet() <= 5) {
      System.err.println("Unexpected " + call + " answer " + response.statusCode() + ": " + response.body());
    }
  }

  static double p(ConcurrentLinkedQueue<Long> nanos, int percentile) {
    List<Long> sorted = new ArrayList<>(nanos);
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    Collections.sort(sorted);
    int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, index)) / 1e6;
  }
}
