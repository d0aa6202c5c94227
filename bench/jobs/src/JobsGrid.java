import com.otopair.OtopairApplication;
import com.otopair.jobs.AdminJobs;
import com.otopair.jobs.JobStatus;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Times the admin Jobs grid's first page over a million jobs: starts Otopair on a fresh embedded
 * PostgreSQL with the demo data, adds the jobs with generate-jobs.sql, then calls AdminJobs.search
 * (the grid's own query, through JDBC, with the mechanic names) for each filter and order, 5
 * warm-up calls and 30 measured ones each, and prints the median and p95 in milliseconds.
 *
 * <p>Argument: count=1000000.
 */
public class JobsGrid {

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
                "--otopair.files.directory=target/jobs-bench-files",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--vaadin.productionMode=true");
    int exit = 0;
    try {
      JdbcTemplate jdbc = app.getBean(JdbcTemplate.class);
      String sql =
          Files.readString(Path.of(System.getProperty("bench.dir"), "generate-jobs.sql"))
              .replace("\\set count 1000000", "")
              .replace(":count", String.valueOf(count));
      System.out.printf("== Generating %,d jobs%n", count);
      long started = System.nanoTime();
      for (String statement : sql.split(";\\s*\\n")) {
        String body = statement.lines().filter(l -> !l.startsWith("--")).reduce("", (a, b) -> a + "\n" + b).strip();
        if (!body.isEmpty()) {
          jdbc.execute(body);
        }
      }
      System.out.printf("   %.1f s; %,d jobs in the table%n", (System.nanoTime() - started) / 1e9,
          jdbc.queryForObject("select count(*) from jobs", Long.class));

      var admin = app.getBean(UserDetailsService.class).loadUserByUsername("admin@otopair.test");
      var context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(admin, null, admin.getAuthorities()));
      SecurityContextHolder.setContext(context);
      AdminJobs jobs = app.getBean(AdminJobs.class);
      UUID plateau = jdbc.queryForObject("select id from shops where slug = 'garage-du-plateau'", UUID.class);
      LocalDate today = LocalDate.now();

      Sort NEWEST = Sort.by(Sort.Direction.DESC, "createdAt");
      Map<String, Supplier<Integer>> cases = new LinkedHashMap<>();
      cases.put("no filter, newest first", () -> jobs.search(AdminJobs.Query.any(), PageRequest.of(0, 50, NEWEST)).getNumberOfElements());
      cases.put("status In progress, newest first", () -> jobs.search(new AdminJobs.Query("", JobStatus.IN_PROGRESS, null, null, null), PageRequest.of(0, 50, NEWEST)).getNumberOfElements());
      cases.put("one shop, newest first", () -> jobs.search(new AdminJobs.Query("", null, plateau, null, null), PageRequest.of(0, 50, NEWEST)).getNumberOfElements());
      cases.put("last 30 days and Waiting for parts", () -> jobs.search(new AdminJobs.Query("", JobStatus.WAITING_PARTS, null, today.minusDays(30), today), PageRequest.of(0, 50, NEWEST)).getNumberOfElements());
      cases.put("text \"civic\", newest first", () -> jobs.search(new AdminJobs.Query("civic", null, null, null, null), PageRequest.of(0, 50, NEWEST)).getNumberOfElements());
      cases.put("text \"timing belt\" + shop + status", () -> jobs.search(new AdminJobs.Query("timing belt", JobStatus.COMPLETED, plateau, null, null), PageRequest.of(0, 50, NEWEST)).getNumberOfElements());
      cases.put("text \"tesla\", a year ago (rare)", () -> jobs.search(new AdminJobs.Query("tesla", JobStatus.CANCELLED, plateau, today.minusDays(400), today.minusDays(380)), PageRequest.of(0, 50, NEWEST)).getNumberOfElements());
      cases.put("sorted by customer", () -> jobs.search(AdminJobs.Query.any(), PageRequest.of(0, 50, Sort.by("customerName"))).getNumberOfElements());
      cases.put("sorted by shop", () -> jobs.search(AdminJobs.Query.any(), PageRequest.of(0, 50, Sort.by("shopName"))).getNumberOfElements());
      cases.put("sorted by status", () -> jobs.search(AdminJobs.Query.any(), PageRequest.of(0, 50, Sort.by("status").and(NEWEST))).getNumberOfElements());
      cases.put("page 200 (offset 10,000)", () -> jobs.search(AdminJobs.Query.any(), PageRequest.of(200, 50, NEWEST)).getNumberOfElements());

      System.out.println("== First page of 50 (AdminJobs.search), milliseconds");
      System.out.printf("%-40s %8s %8s %6s%n", "query", "median", "p95", "rows");
      for (var c : cases.entrySet()) {
        int rows = 0;
        for (int i = 0; i < 5; i++) {
          rows = c.getValue().get();
        }
        List<Double> times = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
          long t = System.nanoTime();
          c.getValue().get();
          times.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(times);
        double median = times.get(times.size() / 2);
        double p95 = times.get((int) Math.ceil(0.95 * times.size()) - 1);
        System.out.printf("%-40s %8.2f %8.2f %6d%n", c.getKey(), median, p95, rows);
        if (median > 150) {
          exit = 1;
        }
      }
      System.out.println(exit == 0 ? "OK: every first page under 150 ms" : "SLOW: a first page took over 150 ms");
    } finally {
      app.close();
    }
    System.exit(exit);
  }
}
