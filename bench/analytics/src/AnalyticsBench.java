import com.otopair.OtopairApplication;
import com.otopair.base.Granularity;
import com.otopair.base.StatRange;
import com.otopair.booking.BookingStats;
import com.otopair.crm.Analytics;
import com.otopair.jobs.JobStats;
import com.otopair.payments.RevenueStats;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Times the analytics pages' queries over a million bookings: starts Otopair on a fresh embedded
 * PostgreSQL with the demo data, adds the bookings, jobs and payments with generate-analytics.sql,
 * then calls each stats API the pages call (as an admin for the marketplace, as the busiest shop's
 * owner for one shop), 3 warm-up calls and 20 measured ones each, and prints the median and p95 in
 * milliseconds.
 *
 * <p>Argument: count=1000000.
 */
public class AnalyticsBench {

  public static void main(String[] args) throws Exception {
    int count = 1_000_000;
    for (String arg : args) {
      if (arg.startsWith("count=")) {
        count = Integer.parseInt(arg.substring(6));
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
                "--otopair.files.directory=target/analytics-bench-files",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--vaadin.productionMode=true");
    int exit = 0;
    try {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      String sql =
          Files.readString(Path.of(System.getProperty("bench.dir"), "generate-analytics.sql"))
              .replace("\\set count 1000000", "")
              .replace(":count", String.valueOf(count));
      System.out.printf("== Generating %,d bookings with their jobs and payments%n", count);
      long started = System.nanoTime();
      for (String statement : sql.split(";\\s*\\n")) {
        String body =
            statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
        if (!body.isEmpty()) {
          jdbc.execute(body);
        }
      }
      System.out.printf(
          "   %.1f s; %,d bookings, %,d jobs, %,d payments%n",
          (System.nanoTime() - started) / 1e9,
          jdbc.queryForObject("select count(*) from bookings", Long.class),
          jdbc.queryForObject("select count(*) from jobs", Long.class),
          jdbc.queryForObject("select count(*) from payments", Long.class));

      var busiest =
          jdbc.queryForMap(
              "select b.shop_id, s.time_zone, b.currency, count(*) as n from bookings b"
                  + " join shops s on s.id = b.shop_id group by b.shop_id, s.time_zone, b.currency"
                  + " order by n desc limit 1");
      UUID shop = (UUID) busiest.get("shop_id");
      ZoneId zone = ZoneId.of((String) busiest.get("time_zone"));
      String currency = (String) busiest.get("currency");
      String owner =
          jdbc.queryForObject(
              "select u.email from shop_members m join users u on u.id = m.user_id"
                  + " where m.shop_id = ? and m.role = 'OWNER' limit 1",
              String.class,
              shop);
      System.out.printf("   one shop: %s (%,d bookings, %s)%n", shop, busiest.get("n"), currency);

      BookingStats bookings = app.getBean(BookingStats.class);
      RevenueStats revenue = app.getBean(RevenueStats.class);
      JobStats jobs = app.getBean(JobStats.class);
      Analytics analytics = app.getBean(Analytics.class);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      StatRange utc90 = StatRange.lastDays(today, ZoneOffset.UTC);
      StatRange utc2y =
          new StatRange(today.minusYears(2), today, ZoneOffset.UTC, Granularity.MONTH);
      StatRange utc2yDays = utc2y.withGranularity(Granularity.DAY);
      StatRange shop90 = StatRange.lastDays(LocalDate.now(zone), zone);
      StatRange shop2y =
          new StatRange(LocalDate.now(zone).minusYears(2), LocalDate.now(zone), zone, Granularity.WEEK);

      Map<String, Supplier<Integer>> admin = new LinkedHashMap<>();
      admin.put("bookings by day, 90 days", () -> bookings.byPeriod(null, "CAD", utc90).size());
      admin.put("bookings by day, 2 years", () -> bookings.byPeriod(null, "CAD", utc2yDays).size());
      admin.put("bookings by month, 2 years", () -> bookings.byPeriod(null, "CAD", utc2y).size());
      admin.put("by category, 90 days", () -> bookings.byCategory(null, "CAD", utc90).size());
      admin.put("by category, 2 years", () -> bookings.byCategory(null, "CAD", utc2y).size());
      admin.put("top 20 shops, 90 days", () -> bookings.topShops("CAD", utc90, 20).size());
      admin.put("top 20 shops, 2 years", () -> bookings.topShops("CAD", utc2y, 20).size());
      admin.put("revenue by day, 90 days", () -> revenue.byPeriod(null, "CAD", utc90).size());
      admin.put("revenue by month, 2 years", () -> revenue.byPeriod(null, "CAD", utc2y).size());
      admin.put("top 20 mechanics, 90 days", () -> jobs.byMechanic(null, "CAD", utc90, 20).size());
      admin.put("top 20 mechanics, 2 years", () -> jobs.byMechanic(null, "CAD", utc2y, 20).size());
      admin.put("whole page (report), 90 days", () -> analytics.report(null, "CAD", utc90).periods().size());

      Map<String, Supplier<Integer>> owners = new LinkedHashMap<>();
      owners.put("shop: bookings by day, 90 days", () -> bookings.byPeriod(shop, currency, shop90).size());
      owners.put("shop: bookings by week, 2 years", () -> bookings.byPeriod(shop, currency, shop2y).size());
      owners.put("shop: by category, 2 years", () -> bookings.byCategory(shop, currency, shop2y).size());
      owners.put("shop: revenue by week, 2 years", () -> revenue.byPeriod(shop, currency, shop2y).size());
      owners.put("shop: mechanics, 2 years", () -> jobs.byMechanic(shop, currency, shop2y, 500).size());
      owners.put("shop: whole page (report), 90 days", () -> analytics.report(shop, currency, shop90).periods().size());

      System.out.println("== Analytics queries, milliseconds (20 calls after 3 warm-ups)");
      System.out.printf("%-40s %8s %8s %6s%n", "query", "median", "p95", "rows");
      signIn(app, "admin@otopair.test");
      exit |= time(admin);
      signIn(app, owner);
      exit |= time(owners);
      System.out.println(exit == 0 ? "OK: every query under 200 ms" : "SLOW: a query took over 200 ms");
    } finally {
      app.close();
    }
    System.exit(exit);
  }

  private static void signIn(ConfigurableApplicationContext app, String email) {
    var user = app.getBean(UserDetailsService.class).loadUserByUsername(email);
    var context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    SecurityContextHolder.setContext(context);
  }

  private static int time(Map<String, Supplier<Integer>> cases) {
    int exit = 0;
    for (var c : cases.entrySet()) {
      int rows = 0;
      for (int i = 0; i < 3; i++) {
        rows = c.getValue().get();
      }
      List<Double> times = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        long t = System.nanoTime();
        c.getValue().get();
        times.add((System.nanoTime() - t) / 1e6);
      }
      Collections.sort(times);
      double median = times.get(times.size() / 2);
      double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
      System.out.printf("%-40s %8.2f %8.2f %6d%n", c.getKey(), median, p95, rows);
      if (median > 200) {
        exit = 1;
      }
    }
    return exit;
  }
}
