import com.otopair.OtopairApplication;
import com.otopair.booking.AdminBookings;
import com.otopair.booking.BookingConsoleFilter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Times the first page (50 rows, the grid's page) of the admin bookings console for every filter
 * and every order over a million bookings: starts Otopair on a fresh embedded PostgreSQL with the
 * demo data, adds 50,000 customers (generate-customers.sql), the past bookings with
 * ../analytics/generate-analytics.sql and a month of
 * confirmed ones to come with generate-upcoming.sql, then calls {@link AdminBookings#search} as
 * the admin, as the screen and the operations API do, 3 warm-up calls and 20 measured ones each,
 * and prints the median and p95 in milliseconds. Exits with 1 when a median is over 150 ms.
 *
 * <p>Arguments: count=1000000; hold=600 keeps the generated database open that many seconds
 * before timing (its address is printed), to read query plans with psql.
 */
public class ConsoleBench {

  /** A median over this many milliseconds fails the run. */
  static final double BUDGET_MS = 150;

  public static void main(String[] args) throws Exception {
    int count = 1_000_000;
    int hold = 0;
    for (String arg : args) {
      if (arg.startsWith("count=")) {
        count = Integer.parseInt(arg.substring(6));
      } else if (arg.startsWith("hold=")) {
        hold = Integer.parseInt(arg.substring(5));
      }
    }
    System.out.println("== Starting Otopair with the demo data on a fresh embedded PostgreSQL");
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(OtopairApplication.class)
            .run(
                "--server.port=0",
                "--otopair.embedded-postgres.data-directory=",
                "--otopair.embedded-postgres.port=0",
                "--otopair.demo.enabled=true",
                "--otopair.files.directory=target/console-bench-files",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--vaadin.productionMode=true");
    int exit = 0;
    try {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      System.out.println("== Generating 50,000 customers");
      run(jdbc, "generate-customers.sql", Map.of(":customers", "50000"));
      System.out.printf("== Generating %,d past bookings with their jobs and payments%n", count);
      long started = System.nanoTime();
      run(jdbc, "../analytics/generate-analytics.sql", Map.of(":count", String.valueOf(count)));
      System.out.printf("   %.1f s%n", (System.nanoTime() - started) / 1e9);
      System.out.println("== Generating a month of confirmed bookings to come");
      started = System.nanoTime();
      run(jdbc, "generate-upcoming.sql", Map.of(":days", "30"));
      System.out.printf(
          "   %.1f s; %,d bookings in all, %,d confirmed, %,d by phone%n",
          (System.nanoTime() - started) / 1e9,
          jdbc.queryForObject("select count(*) from bookings", Long.class),
          jdbc.queryForObject(
              "select count(*) from bookings where status = 'CONFIRMED'", Long.class),
          jdbc.queryForObject("select count(*) from bookings where source = 'PHONE'", Long.class));
      if (hold > 0) {
        try (var connection = jdbc.getDataSource().getConnection()) {
          System.out.printf(
              "   holding the database %s for %d s (psql, to read query plans)%n",
              connection.getMetaData().getURL(), hold);
        }
        Thread.sleep(hold * 1000L);
      }

      var busiest =
          jdbc.queryForMap(
              "select shop_id, count(*) as n from bookings group by shop_id order by n desc limit 1");
      UUID busiestShop = (UUID) busiest.get("shop_id");
      UUID quietestShop =
          jdbc.queryForObject(
              "select s.id from shops s left join bookings b on b.shop_id = s.id"
                  + " group by s.id order by count(b.id), s.id limit 1",
              UUID.class);
      var customer =
          jdbc.queryForMap(
              "select u.email, u.display_name from bookings b join users u on u.id = b.customer_id"
                  + " group by u.email, u.display_name order by count(*) desc limit 1");
      String someId =
          jdbc.queryForObject(
              "select id::text from bookings order by starts_at desc limit 1 offset 5000",
              String.class);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      System.out.printf(
          "   the busiest shop %s (%,d bookings); the customer %s%n",
          busiestShop, busiest.get("n"), customer.get("email"));

      Map<String, Map<String, List<String>>> filters = new LinkedHashMap<>();
      filters.put("all bookings", Map.of());
      filters.put("text: a word many match (garage)", Map.of("q", List.of("garage")));
      filters.put("text: one customer's email", Map.of("q", List.of((String) customer.get("email"))));
      filters.put(
          "text: one customer's name", Map.of("q", List.of((String) customer.get("display_name"))));
      filters.put("text: an id's first 8", Map.of("q", List.of(someId.substring(0, 8))));
      filters.put("text: nothing matches", Map.of("q", List.of("zzqxv")));
      filters.put("status: confirmed", Map.of("status", List.of("CONFIRMED")));
      filters.put("status: cancelled", Map.of("status", List.of("CANCELLED")));
      filters.put("status: completed", Map.of("status", List.of("COMPLETED")));
      filters.put("status: held (none)", Map.of("status", List.of("HELD")));
      filters.put("source: phone", Map.of("source", List.of("PHONE")));
      filters.put("source: waitlist", Map.of("source", List.of("WAITLIST")));
      filters.put("shop: the busiest", Map.of("shop", List.of(busiestShop.toString())));
      filters.put("shop: the quietest", Map.of("shop", List.of(quietestShop.toString())));
      filters.put(
          "days: the last 7",
          Map.of("from", List.of(today.minusDays(7).toString()), "to", List.of(today.toString())));
      filters.put(
          "days: the next 7",
          Map.of("from", List.of(today.toString()), "to", List.of(today.plusDays(7).toString())));
      filters.put(
          "days: one day a year ago",
          Map.of(
              "from", List.of(today.minusYears(1).toString()),
              "to", List.of(today.minusYears(1).toString())));
      filters.put(
          "busiest shop, cancelled, last 90 days",
          Map.of(
              "shop", List.of(busiestShop.toString()),
              "status", List.of("CANCELLED"),
              "from", List.of(today.minusDays(90).toString()),
              "to", List.of(today.toString())));
      filters.put(
          "phone, confirmed, next 30 days",
          Map.of(
              "source", List.of("PHONE"),
              "status", List.of("CONFIRMED"),
              "from", List.of(today.toString()),
              "to", List.of(today.plusDays(30).toString())));

      AdminBookings console = app.getBean(AdminBookings.class);
      signIn(app, "admin@otopair.test");
      System.out.println(
          "== The console's first page (50 rows), milliseconds (20 calls after 3 warm-ups)");
      System.out.printf("%-40s %-20s %8s %8s %5s%n", "filter", "order", "median", "p95", "rows");
      List<Double> medians = new ArrayList<>();
      for (var f : filters.entrySet()) {
        BookingConsoleFilter filter = BookingConsoleFilter.parse(f.getValue());
        for (String property : BookingConsoleFilter.SORTS) {
          for (Sort.Direction direction : Sort.Direction.values()) {
            PageRequest page = PageRequest.of(0, 50, Sort.by(direction, property));
            int rows = 0;
            for (int i = 0; i < 3; i++) {
              rows = console.search(filter, page).getNumberOfElements();
            }
            List<Double> times = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
              long t = System.nanoTime();
              console.search(filter, page);
              times.add((System.nanoTime() - t) / 1e6);
            }
            Collections.sort(times);
            double median = times.get(times.size() / 2);
            double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
            medians.add(median);
            System.out.printf(
                "%-40s %-20s %8.2f %8.2f %5d%s%n",
                f.getKey(),
                property + " " + direction.name().toLowerCase(),
                median,
                p95,
                rows,
                median > BUDGET_MS ? "  SLOW" : "");
            if (median > BUDGET_MS) {
              exit = 1;
            }
          }
        }
      }
      Collections.sort(medians);
      System.out.printf(
          "%d cases; medians: middle %.2f ms, slowest %.2f ms%n",
          medians.size(), medians.get(medians.size() / 2), medians.getLast());
      System.out.println(
          exit == 0 ? "OK: every first page under 150 ms" : "SLOW: a first page took over 150 ms");
    } finally {
      app.close();
    }
    System.exit(exit);
  }

  /** Runs one generator SQL file, statement by statement, with its parameters replaced. */
  private static void run(JdbcTemplate jdbc, String file, Map<String, String> parameters)
      throws Exception {
    String sql = Files.readString(Path.of(System.getProperty("bench.dir"), file));
    sql = sql.lines().filter(l -> !l.startsWith("\\set ")).reduce("", (a, b) -> a + b + "\n");
    for (var p : parameters.entrySet()) {
      sql = sql.replace(p.getKey(), p.getValue());
    }
    for (String statement : sql.split(";\\s*\\n")) {
      String body =
          statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
      if (!body.isEmpty()) {
        jdbc.execute(body);
      }
    }
  }

  private static void signIn(ConfigurableApplicationContext app, String email) {
    var user = app.getBean(UserDetailsService.class).loadUserByUsername(email);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
  }
}
