import com.otopair.OtopairApplication;
import com.otopair.base.Granularity;
import com.otopair.base.Outbox;
import com.otopair.base.StatRange;
import com.otopair.booking.BookingStats;
import com.otopair.booking.BookingTrends;
import com.otopair.booking.MyBookings;
import com.otopair.booking.OwnerBoard;
import com.otopair.consult.OwnerSessionFigures;
import com.otopair.consult.SessionOverview;
import com.otopair.consult.SessionStats;
import com.otopair.consult.SessionTrends;
import com.otopair.crm.Analytics;
import com.otopair.crm.CrmFilter;
import com.otopair.crm.CrmReports;
import com.otopair.crm.Upsells;
import com.otopair.identity.ActiveUsers;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobStats;
import com.otopair.jobs.OwnerJobFigures;
import com.otopair.notifications.MailLog;
import com.otopair.payments.OwnerRevenue;
import com.otopair.payments.PaymentTrends;
import com.otopair.payments.RevenueStats;
import com.otopair.reviews.OwnerRatings;
import com.otopair.reviews.RatedSubject;
import com.otopair.reviews.RatingStats;
import com.otopair.reviews.ReviewQueries;
import com.otopair.scheduling.AvailableHours;
import com.otopair.shops.ShopApprovals;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
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
 * Times every dashboard tile's and analytics page's query over a million bookings: starts Otopair
 * on a fresh embedded PostgreSQL with the demo data, adds the bookings, jobs and payments with
 * generate-analytics.sql and the sessions, reviews, CRM interactions, mails and activity with
 * generate-dashboards.sql, then calls each service the screens call, signed in as the person who
 * sees it (the admin; the busiest shop's owner; one of its mechanics; the customer with the most
 * bookings), 3 warm-up calls and 20 measured ones each, and prints the median and p95 in
 * milliseconds. Exits with 1 when a median is over 200 ms.
 *
 * <p>Arguments: count=1000000; hold=600 keeps the generated database open that many seconds
 * before timing (its address is printed), to read query plans with psql.
 */
public class AnalyticsBench {

  /** A median over this many milliseconds fails the run. */
  static final double BUDGET_MS = 200;

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
                "--otopair.files.directory=target/analytics-bench-files",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--vaadin.productionMode=true");
    int exit = 0;
    try {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      System.out.printf("== Generating %,d bookings with their jobs and payments%n", count);
      long started = System.nanoTime();
      run(jdbc, "generate-analytics.sql", count);
      System.out.printf(
          "   %.1f s; %,d bookings, %,d jobs, %,d payments%n",
          (System.nanoTime() - started) / 1e9,
          jdbc.queryForObject("select count(*) from bookings", Long.class),
          jdbc.queryForObject("select count(*) from jobs", Long.class),
          jdbc.queryForObject("select count(*) from payments", Long.class));
      System.out.println("== Generating sessions, reviews, CRM interactions, mails and activity");
      started = System.nanoTime();
      run(jdbc, "generate-dashboards.sql", count);
      System.out.printf(
          "   %.1f s; %,d sessions, %,d reviews, %,d interactions, %,d mails%n",
          (System.nanoTime() - started) / 1e9,
          jdbc.queryForObject("select count(*) from consult_sessions", Long.class),
          jdbc.queryForObject("select count(*) from reviews", Long.class),
          jdbc.queryForObject("select count(*) from crm_interactions", Long.class),
          jdbc.queryForObject("select count(*) from mail_log", Long.class));

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
              "select b.shop_id, s.time_zone, b.currency, count(*) as n from bookings b"
                  + " join shops s on s.id = b.shop_id group by b.shop_id, s.time_zone, b.currency"
                  + " order by n desc limit 1");
      UUID shop = (UUID) busiest.get("shop_id");
      ZoneId zone = ZoneId.of((String) busiest.get("time_zone"));
      String currency = (String) busiest.get("currency");
      String owner = memberEmail(jdbc, shop, "OWNER");
      String mechanicEmail = memberEmail(jdbc, shop, "MECHANIC");
      UUID mechanic = userId(jdbc, mechanicEmail);
      List<UUID> mechanics =
          jdbc.queryForList(
              "select user_id from shop_members where shop_id = ? and role = 'MECHANIC'",
              UUID.class,
              shop);
      String customer =
          jdbc.queryForObject(
              "select u.email from bookings b join users u on u.id = b.customer_id"
                  + " group by u.email order by count(*) desc limit 1",
              String.class);
      System.out.printf(
          "   one shop: %s (%,d bookings, %s); its mechanic %s; the customer %s%n",
          shop, busiest.get("n"), currency, mechanicEmail, customer);

      BookingStats bookings = app.getBean(BookingStats.class);
      RevenueStats revenue = app.getBean(RevenueStats.class);
      JobStats jobs = app.getBean(JobStats.class);
      RatingStats ratings = app.getBean(RatingStats.class);
      SessionStats sessions = app.getBean(SessionStats.class);
      Analytics analytics = app.getBean(Analytics.class);
      LocalDate today = LocalDate.now(ZoneOffset.UTC);
      StatRange utc90 = StatRange.lastDays(today, ZoneOffset.UTC);
      StatRange utc2y =
          new StatRange(today.minusYears(2), today, ZoneOffset.UTC, Granularity.MONTH);
      StatRange utc2yDays = utc2y.withGranularity(Granularity.DAY);
      LocalDate shopToday = LocalDate.now(zone);
      StatRange shop90 = StatRange.lastDays(shopToday, zone);
      StatRange shop2y = new StatRange(shopToday.minusYears(2), shopToday, zone, Granularity.WEEK);
      List<UUID> allMechanics =
          jdbc.queryForList(
              "select distinct user_id from shop_members where role = 'MECHANIC'", UUID.class);

      Map<String, Supplier<Integer>> admin = new LinkedHashMap<>();
      admin.put("bookings by day, 90 days", () -> rows(bookings.byPeriod(null, "CAD", utc90)));
      admin.put("bookings by day, 2 years", () -> rows(bookings.byPeriod(null, "CAD", utc2yDays)));
      admin.put("bookings by month, 2 years", () -> rows(bookings.byPeriod(null, "CAD", utc2y)));
      admin.put("by category, 90 days", () -> rows(bookings.byCategory(null, "CAD", utc90)));
      admin.put("by category, 2 years", () -> rows(bookings.byCategory(null, "CAD", utc2y)));
      admin.put("top 20 shops, 90 days", () -> rows(bookings.topShops("CAD", utc90, 20)));
      admin.put("top 20 shops, 2 years", () -> rows(bookings.topShops("CAD", utc2y, 20)));
      admin.put("revenue by day, 90 days", () -> rows(revenue.byPeriod(null, "CAD", utc90)));
      admin.put("revenue by month, 2 years", () -> rows(revenue.byPeriod(null, "CAD", utc2y)));
      admin.put("top 20 mechanics, 90 days", () -> rows(jobs.byMechanic(null, "CAD", utc90, 20)));
      admin.put("top 20 mechanics, 2 years", () -> rows(jobs.byMechanic(null, "CAD", utc2y, 20)));
      admin.put(
          "mechanics' ratings, 2 years", () -> rows(ratings.byMechanic(null, allMechanics, utc2y)));
      admin.put(
          "mechanics' response, 2 years",
          () -> rows(sessions.byMechanic(null, allMechanics, utc2y)));
      admin.put(
          "whole page (report), 90 days",
          () -> rows(analytics.report(null, "CAD", utc90).periods()));
      BookingTrends bookingTrends = app.getBean(BookingTrends.class);
      SessionTrends sessionTrends = app.getBean(SessionTrends.class);
      PaymentTrends paymentTrends = app.getBean(PaymentTrends.class);
      ShopApprovals approvals = app.getBean(ShopApprovals.class);
      Outbox outbox = app.getBean(Outbox.class);
      MailLog mails = app.getBean(MailLog.class);
      ActiveUsers active = app.getBean(ActiveUsers.class);
      CrmReports crm = app.getBean(CrmReports.class);
      CrmFilter weeks = CrmFilter.lastWeeks(today);
      CrmFilter twoYears = new CrmFilter(today.minusDays(CrmFilter.MAX_DAYS - 1L), today, null, null);
      admin.put("tile: bookings per day, 30 days", () -> rows(bookingTrends.madePerDay(30)));
      admin.put("tile: sessions per day, 30 days", () -> rows(sessionTrends.heldPerDay(30)));
      admin.put("tile: money per day, 30 days", () -> rows(paymentTrends.netPerDay(30)));
      admin.put(
          "tile: payment failures, 7 days",
          () -> rows(paymentTrends.failuresWithin(Duration.ofDays(7))));
      admin.put("tile: shops awaiting approval", () -> rows(approvals.waiting()));
      admin.put("tile: dead outbox work", () -> rows(outbox.deadCount()));
      admin.put("tile: mail failures, 7 days", () -> rows(mails.failuresWithin(Duration.ofDays(7))));
      admin.put("tile: active users", () -> rows(active.count()));
      admin.put("crm: funnel, 8 weeks", () -> rows(crm.funnel(weeks)));
      admin.put("crm: cohorts, 8 weeks", () -> rows(crm.cohorts(weeks)));
      admin.put("crm: funnel, 2 years", () -> rows(crm.funnel(twoYears)));
      admin.put("crm: cohorts, 2 years", () -> rows(crm.cohorts(twoYears)));

      Map<String, Supplier<Integer>> owners = new LinkedHashMap<>();
      owners.put("shop: bookings by day, 90 days", () -> rows(bookings.byPeriod(shop, currency, shop90)));
      owners.put("shop: bookings by week, 2 years", () -> rows(bookings.byPeriod(shop, currency, shop2y)));
      owners.put("shop: by category, 90 days", () -> rows(bookings.byCategory(shop, currency, shop90)));
      owners.put("shop: by category, 2 years", () -> rows(bookings.byCategory(shop, currency, shop2y)));
      owners.put("shop: revenue by day, 90 days", () -> rows(revenue.byPeriod(shop, currency, shop90)));
      owners.put("shop: revenue by week, 2 years", () -> rows(revenue.byPeriod(shop, currency, shop2y)));
      owners.put("shop: mechanics, 90 days", () -> rows(jobs.byMechanic(shop, currency, shop90, 500)));
      owners.put("shop: mechanics, 2 years", () -> rows(jobs.byMechanic(shop, currency, shop2y, 500)));
      owners.put("shop: ratings, 2 years", () -> rows(ratings.byMechanic(shop, mechanics, shop2y)));
      owners.put("shop: response, 2 years", () -> rows(sessions.byMechanic(shop, mechanics, shop2y)));
      owners.put(
          "shop: whole page (report), 90 days",
          () -> rows(analytics.report(shop, currency, shop90).periods()));
      OwnerBoard board = app.getBean(OwnerBoard.class);
      AvailableHours hours = app.getBean(AvailableHours.class);
      OwnerJobFigures jobFigures = app.getBean(OwnerJobFigures.class);
      OwnerSessionFigures sessionFigures = app.getBean(OwnerSessionFigures.class);
      OwnerRevenue money = app.getBean(OwnerRevenue.class);
      OwnerRatings shopRatings = app.getBean(OwnerRatings.class);
      LocalDate monday = shopToday.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      owners.put("tile: today and tomorrow", () -> rows(board.days(shop)));
      owners.put("tile: utilisation", () -> rows(board.utilisation(shop)));
      owners.put(
          "tile: available hours, this week",
          () -> rows(hours.of(shop, mechanics, monday, monday.plusDays(6))));
      owners.put("tile: no-shows, 30 days", () -> rows(board.missed(shop)));
      owners.put("tile: open jobs", () -> rows(jobFigures.openByStatus(shop)));
      owners.put("tile: estimates waiting", () -> rows(jobFigures.waitingEstimates(shop)));
      owners.put("tile: sessions waiting", () -> rows(sessionFigures.waiting(shop)));
      owners.put("tile: money in", () -> rows(money.revenue(shop)));
      owners.put("tile: rating trend", () -> rows(shopRatings.trend(shop)));

      SessionOverview overview = app.getBean(SessionOverview.class);
      JobBoard jobBoard = app.getBean(JobBoard.class);
      ReviewQueries reviews = app.getBean(ReviewQueries.class);
      Map<String, Supplier<Integer>> mechanicTiles = new LinkedHashMap<>();
      mechanicTiles.put("mechanic: waiting for me", () -> rows(overview.waitingForMe()));
      mechanicTiles.put("mechanic: my sessions", () -> rows(overview.mechanicDay()));
      mechanicTiles.put("mechanic: my day's jobs", () -> rows(jobBoard.myDay()));
      mechanicTiles.put(
          "mechanic: my rating", () -> rows(reviews.summary(RatedSubject.MECHANIC, mechanic)));
      mechanicTiles.put(
          "mechanic: latest words", () -> rows(reviews.latestWordsOfMechanic(mechanic)));

      MyBookings myBookings = app.getBean(MyBookings.class);
      Upsells upsells = app.getBean(Upsells.class);
      Map<String, Supplier<Integer>> customerTiles = new LinkedHashMap<>();
      customerTiles.put("customer: upcoming bookings", () -> rows(myBookings.upcoming()));
      customerTiles.put("customer: sessions now", () -> rows(overview.customerNow()));
      customerTiles.put("customer: vehicles", () -> rows(myBookings.vehicles()));
      customerTiles.put("customer: upsells on home", () -> rows(upsells.showOnHome(Upsells.ON_HOME)));

      System.out.println("== Dashboard and analytics queries, milliseconds (20 calls after 3 warm-ups)");
      System.out.printf("%-40s %8s %8s %6s%n", "query", "median", "p95", "rows");
      signIn(app, "admin@otopair.test");
      exit |= time(admin);
      signIn(app, owner);
      exit |= time(owners);
      signIn(app, mechanicEmail);
      exit |= time(mechanicTiles);
      signIn(app, customer);
      exit |= time(customerTiles);
      System.out.println(exit == 0 ? "OK: every query under 200 ms" : "SLOW: a query took over 200 ms");
    } finally {
      app.close();
    }
    System.exit(exit);
  }

  /** Runs one of the generator's SQL files, statement by statement, with {@code :count}. */
  private static void run(JdbcTemplate jdbc, String file, int count) throws Exception {
    String sql =
        Files.readString(Path.of(System.getProperty("bench.dir"), file))
            .replace("\\set count 1000000", "")
            .replace(":count", String.valueOf(count));
    for (String statement : sql.split(";\\s*\\n")) {
      String body =
          statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
      if (!body.isEmpty()) {
        jdbc.execute(body);
      }
    }
  }

  private static String memberEmail(JdbcTemplate jdbc, UUID shop, String role) {
    return jdbc.queryForObject(
        "select u.email from shop_members m join users u on u.id = m.user_id"
            + " where m.shop_id = ? and m.role = ? order by m.joined_at limit 1",
        String.class,
        shop,
        role);
  }

  private static UUID userId(JdbcTemplate jdbc, String email) {
    return jdbc.queryForObject("select id from users where email = ?", UUID.class, email);
  }

  /** How many rows a result holds: a list's or map's size, else one. */
  private static int rows(Object result) {
    return switch (result) {
      case Collection<?> c -> c.size();
      case Map<?, ?> m -> m.size();
      case java.util.Optional<?> o -> o.isPresent() ? 1 : 0;
      default -> 1;
    };
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
      if (median > BUDGET_MS) {
        exit = 1;
      }
    }
    return exit;
  }
}
