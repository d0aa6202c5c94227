import com.otopair.OtopairApplication;
import com.stripe.net.Webhook;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Times Stripe's webhook endpoint: S concurrent senders POST E signed events (account.updated for
 * accounts no shop has, so the outbox work behind them is a lookup), every fifth one twice. The
 * endpoint verifies the signature, stores the event once by its id and answers; the handling runs
 * later through the outbox. Afterwards the stored events are counted in SQL.
 *
 * <p>Arguments: senders=10 events=5000.
 */
public class WebhookLatency {

  static final String SECRET = "whsec_bench";

  public static void main(String[] args) throws Exception {
    Map<String, Integer> options = new ConcurrentHashMap<>(Map.of("senders", 10, "events", 5000));
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      options.put(pair[0], Integer.parseInt(pair[1]));
    }
    int senders = options.get("senders");
    int events = options.get("events");

    System.out.println("== Starting Otopair on a fresh embedded PostgreSQL");
    ConfigurableApplicationContext app =
        new SpringApplicationBuilder(OtopairApplication.class)
            .run(
                "--server.port=0",
                "--otopair.embedded-postgres.data-directory=",
                "--otopair.embedded-postgres.port=0",
                "--otopair.demo.enabled=false",
                "--otopair.files.directory=target/webhook-bench-files",
                "--otopair.stripe.webhook-secret=" + SECRET,
                "--vaadin.devmode.devTools.enabled=false",
                "--spring.main.banner-mode=off",
                "--logging.level.root=WARN",
                "--vaadin.productionMode=true");
    int exit = 1;
    try {
      URI endpoint =
          URI.create(
              "http://localhost:"
                  + app.getEnvironment().getProperty("local.server.port")
                  + "/api/webhooks/stripe");
      exit = run(app, endpoint, senders, events);
    } finally {
      app.close();
    }
    System.exit(exit);
  }

  static int run(ConfigurableApplicationContext app, URI endpoint, int senders, int events)
      throws Exception {
    var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    // Warm up the JIT and the connection pool; not counted.
    for (int i = 0; i < 200; i++) {
      post(client, endpoint, event("evt_warmup_" + i));
    }
    System.out.printf("== %d senders, %d events (every fifth sent twice)%n", senders, events);
    var latencies = new ConcurrentLinkedQueue<Long>();
    var failures = new AtomicInteger();
    var next = new AtomicInteger();
    List<Thread> threads = new ArrayList<>();
    long started = System.nanoTime();
    for (int s = 0; s < senders; s++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    int i;
                    while ((i = next.getAndIncrement()) < events) {
                      String payload = event("evt_bench_" + i);
                      int times = i % 5 == 0 ? 2 : 1;
                      for (int t = 0; t < times; t++) {
                        long start = System.nanoTime();
                        int status = post(client, endpoint, payload);
                        latencies.add(System.nanoTime() - start);
                        if (status != 200) {
                          failures.incrementAndGet();
                        }
                      }
                    }
                  }));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    var jdbc = app.getBean(JdbcTemplate.class);
    Integer stored =
        jdbc.queryForObject(
            "select count(*) from stripe_events where id like 'evt_bench_%'", Integer.class);
    System.out.printf(
        "== %d deliveries in %.1f s (%.0f/s), %d not answered 200%n",
        sorted.size(), seconds, sorted.size() / seconds, failures.get());
    System.out.printf(
        "== latency ms: p50 %.1f  p95 %.1f  p99 %.1f  max %.1f%n",
        ms(sorted, 0.50), ms(sorted, 0.95), ms(sorted, 0.99), sorted.getLast() / 1e6);
    System.out.printf("== events stored: %d of %d distinct (duplicates ignored)%n", stored, events);
    return failures.get() == 0 && stored == events ? 0 : 1;
  }

  static double ms(List<Long> sorted, double quantile) {
    return sorted.get((int) Math.min(sorted.size() - 1, Math.floor(quantile * sorted.size()))) / 1e6;
  }

  static String event(String id) {
    return """
        {"id":"%s","object":"event","type":"account.updated","created":%d,\
        "data":{"object":{"id":"acct_bench_%s","object":"account","charges_enabled":true,\
        "payouts_enabled":true}}}"""
        .formatted(id, Instant.now().getEpochSecond(), id);
  }

  static int post(HttpClient client, URI endpoint, String payload) {
    try {
      String signature =
          Webhook.Signature.generateSignatureHeader(payload, SECRET, Instant.now().getEpochSecond());
      var request =
          HttpRequest.newBuilder(endpoint)
              .header("Content-Type", "application/json")
              .header("Stripe-Signature", signature)
              .POST(HttpRequest.BodyPublishers.ofString(payload))
              .build();
      return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (Exception e) {
      return -1;
    }
  }
}
