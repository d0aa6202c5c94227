import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cluster's load, all through nginx: API clients that book (find a free slot at one of the
 * demo shops, hold it, confirm it; each client its own API token, so nginx spreads them by their
 * Authorization header) and browser-like sessions that sign in through the login form, keep their
 * cookies and then ask {@code /session/status} and open the home page every half second, signing
 * in again when their session is gone (their node died).
 *
 * <p>Every answer names the node that served it (nginx's {@code X-Otopair-Node}, the upstream's
 * address): the client counts answers per node, and a browser session that changes node.
 *
 * <p>Arguments: base URL, seconds, the file of API tokens (one a line), the file of offerings
 * ({@code slug service-id} a line), the number of browser sessions, the demo customers' password,
 * the file to write confirmed booking ids to. The browser sessions sign in as the token owners'
 * emails, given after the token on each line.
 */
public class ClusterLoad {

  static final ZoneId ZONE = ZoneId.of("America/Toronto");
  static final Pattern START = Pattern.compile("\"start\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern ID = Pattern.compile("^\\{\"id\"\\s*:\\s*\"([^\"]+)\"");
  static final Pattern CSRF = Pattern.compile("name=\"_csrf\" content=\"([^\"]+)\"");

  final String base;
  final long deadline;
  final long started = System.nanoTime();
  final Map<String, LongAdder> apiPerNode = new ConcurrentHashMap<>();
  final Map<String, LongAdder> browserPerNode = new ConcurrentHashMap<>();
  final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
  /** The node of each client's first answer: how nginx spread the clients. */
  final Map<String, LongAdder> apiClientsPerNode = new ConcurrentHashMap<>();
  final Map<String, LongAdder> browsersPerNode = new ConcurrentHashMap<>();
  final ConcurrentLinkedQueue<String> errorTimes = new ConcurrentLinkedQueue<>();
  final ConcurrentLinkedQueue<String> booked = new ConcurrentLinkedQueue<>();
  final AtomicInteger taken = new AtomicInteger();
  final AtomicInteger signIns = new AtomicInteger();
  final AtomicInteger signedOut = new AtomicInteger();
  final AtomicInteger movedNode = new AtomicInteger();
  final ConcurrentLinkedQueue<Long> bookingNanos = new ConcurrentLinkedQueue<>();

  ClusterLoad(String base, int seconds) {
    this.base = base;
    this.deadline = started + Duration.ofSeconds(seconds).toNanos();
  }

  public static void main(String[] args) throws Exception {
    if (args[0].equals("book")) {
      bookOne(args[1], args[2], args[3], args[4]);
      return;
    }
    String base = args[0];
    int seconds = Integer.parseInt(args[1]);
    List<String[]> customers =
        Files.readAllLines(Path.of(args[2])).stream().map(l -> l.split(" ")).toList();
    List<String[]> offerings =
        Files.readAllLines(Path.of(args[3])).stream().map(l -> l.split(" ")).toList();
    int browsers = Integer.parseInt(args[4]);
    String password = args[5];
    var load = new ClusterLoad(base, seconds);
    List<Thread> threads = new ArrayList<>();
    for (int c = browsers; c < customers.size(); c++) {
      String token = customers.get(c)[0];
      threads.add(Thread.ofPlatform().start(() -> load.apiClient(token, offerings)));
    }
    for (int b = 0; b < browsers; b++) {
      String email = customers.get(b)[1];
      threads.add(Thread.ofPlatform().start(() -> load.browser(email, password)));
    }
    for (Thread thread : threads) {
      thread.join();
    }
    Files.write(Path.of(args[6]), load.booked);
    load.report(customers.size() - browsers, browsers);
  }

  /**
   * Books one slot through {@code base} (a node itself, not nginx) and prints the booking's id:
   * what the live update check makes on one node and looks for on the other.
   */
  static void bookOne(String base, String token, String slug, String service) {
    var load = new ClusterLoad(base, 60);
    load.apiClientUntil(token, List.<String[]>of(new String[] {slug, service}), 1);
    if (load.booked.isEmpty()) {
      System.err.println("Could not book through " + base + ": " + load.errors);
      System.exit(1);
    }
    System.out.println(load.booked.peek());
  }

  /** Books until the deadline: slots of a random day, a hold, its confirmation. */
  void apiClient(String token, List<String[]> offerings) {
    apiClientUntil(token, offerings, Integer.MAX_VALUE);
  }

  void apiClientUntil(String token, List<String[]> offerings, int bookings) {
    HttpClient http = client(null);
    ThreadLocalRandom random = ThreadLocalRandom.current();
    LocalDate today = LocalDate.now(ZONE);
    int made = 0;
    boolean first = true;
    while (System.nanoTime() < deadline && made < bookings) {
      String[] offering = offerings.get(random.nextInt(offerings.size()));
      LocalDate day = today.plusDays(2 + random.nextInt(40));
      long begin = System.nanoTime();
      var slots =
          api(http, token, "GET",
              "api/v1/shops/" + offering[0] + "/slots?service=" + offering[1] + "&from=" + day
                  + "&to=" + day,
              null);
      if (slots == null || slots.statusCode() != 200) {
        error("slots", slots);
        continue;
      }
      if (made == 0 && first) {
        first = false;
        apiClientsPerNode.computeIfAbsent(node(slots), n -> new LongAdder()).increment();
      }
      List<String> free = new ArrayList<>();
      Matcher starts = START.matcher(slots.body());
      while (starts.find()) {
        free.add(starts.group(1));
      }
      if (free.isEmpty()) {
        continue;
      }
      String start = free.get(random.nextInt(free.size()));
      var held =
          api(http, token, "POST", "api/v1/bookings",
              "{\"shop\": \"" + offering[0] + "\", \"service\": \"" + offering[1]
                  + "\", \"start\": \"" + start + "\"}");
      if (held != null && held.statusCode() == 409) {
        taken.incrementAndGet();
        continue;
      }
      if (held == null || held.statusCode() != 201) {
        error("hold", held);
        continue;
      }
      Matcher id = ID.matcher(held.body());
      if (!id.find()) {
        error("hold", held);
        continue;
      }
      var confirmed =
          api(http, token, "POST", "api/v1/bookings/" + id.group(1) + "/confirm",
              "{\"vehicle\": {\"year\": 2019, \"make\": \"Toyota\", \"model\": \"Corolla\"},"
                  + " \"problem\": \"Cluster bench\", \"phone\": \"+1 514 555 0123\"}");
      if (confirmed == null || confirmed.statusCode() != 200) {
        error("confirm", confirmed);
        continue;
      }
      booked.add(id.group(1));
      made++;
      bookingNanos.add(System.nanoTime() - begin);
    }
  }

  /** Signs in, then opens the home page and asks the session's status until the deadline. */
  void browser(String email, String password) {
    HttpClient http = client(new CookieManager(null, CookiePolicy.ACCEPT_ALL));
    String node = null;
    boolean signedIn = false;
    while (System.nanoTime() < deadline) {
      if (!signedIn) {
        signedIn = signIn(http, email, password);
        if (!signedIn) {
          pause(500);
          continue;
        }
      }
      var status = page(http, "GET", "session/status", null);
      if (status == null) {
        error("status", null);
      } else if (status.statusCode() != 200 || !status.body().contains("\"signedIn\":true")) {
        signedOut.incrementAndGet();
        signedIn = false;
        continue;
      }
      var home = page(http, "GET", "", null);
      if (home == null || home.statusCode() != 200) {
        error("page", home);
      }
      String now = status == null ? null : node(status);
      if (now != null && node != null && !now.equals(node)) {
        movedNode.incrementAndGet();
      }
      if (now != null && node == null) {
        browsersPerNode.computeIfAbsent(now, n -> new LongAdder()).increment();
      }
      if (now != null) {
        node = now;
      }
      pause(500);
    }
  }

  /** The login page (its CSRF token), then the form's post; true when it leads off the login. */
  boolean signIn(HttpClient http, String email, String password) {
    var login = page(http, "GET", "login", null);
    if (login == null || login.statusCode() != 200) {
      error("login page", login);
      return false;
    }
    Matcher csrf = CSRF.matcher(login.body());
    String form =
        "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8)
            + (csrf.find() ? "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8) : "");
    var posted = page(http, "POST", "login", form);
    if (posted == null
        || posted.statusCode() != 302
        || posted.headers().firstValue("Location").orElse("").contains("login")) {
      error("sign-in", posted);
      return false;
    }
    signIns.incrementAndGet();
    return true;
  }

  HttpResponse<String> api(HttpClient http, String token, String method, String path, String body) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", "Bearer " + token)
            .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return send(http, request.build(), apiPerNode);
  }

  HttpResponse<String> page(HttpClient http, String method, String path, String form) {
    var request =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(Duration.ofSeconds(30))
            .method(method, form == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(form));
    if (form != null) {
      request.header("Content-Type", "application/x-www-form-urlencoded");
    }
    return send(http, request.build(), browserPerNode);
  }

  HttpResponse<String> send(HttpClient http, HttpRequest request, Map<String, LongAdder> perNode) {
    try {
      var response = http.send(request, HttpResponse.BodyHandlers.ofString());
      perNode.computeIfAbsent(node(response), n -> new LongAdder()).increment();
      return response;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  /** The node that answered, as nginx names it (two, comma-separated, when it moved on). */
  static String node(HttpResponse<String> response) {
    return response.headers().firstValue("X-Otopair-Node").orElse("(none)");
  }

  static HttpClient client(CookieManager cookies) {
    var builder =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER);
    if (cookies != null) {
      builder.cookieHandler(cookies);
    }
    return builder.build();
  }

  void error(String call, HttpResponse<String> response) {
    String kind = call + " " + (response == null ? "no answer" : String.valueOf(response.statusCode()));
    errors.computeIfAbsent(kind, k -> new LongAdder()).increment();
    if (errorTimes.size() < 5 && response != null) {
      System.err.println("Unexpected " + kind + ": " + response.body());
    }
    errorTimes.add(String.format("%.1f", (System.nanoTime() - started) / 1e9));
  }

  static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  void report(int apiClients, int browsers) {
    double seconds = (System.nanoTime() - started) / 1e9;
    List<Long> sorted = new ArrayList<>(bookingNanos);
    sorted.sort(null);
    System.out.printf("load: %d API clients, %d browser sessions, %.0f s%n", apiClients, browsers, seconds);
    System.out.printf(
        "bookings confirmed: %d (%.1f/s), holds that lost a race: %d, whole booking p50 %s ms%n",
        booked.size(), booked.size() / seconds, taken.get(),
        sorted.isEmpty() ? "-" : String.valueOf(sorted.get(sorted.size() / 2) / 1_000_000));
    System.out.println("API clients per node (first answer): " + new TreeMap<>(apiClientsPerNode));
    System.out.println("browser sessions per node (first answer): " + new TreeMap<>(browsersPerNode));
    System.out.println("API answers per node: " + new TreeMap<>(apiPerNode));
    System.out.println("browser answers per node: " + new TreeMap<>(browserPerNode));
    System.out.printf(
        "sign-ins: %d, sessions found signed out: %d, browser sessions that changed node: %d%n",
        signIns.get(), signedOut.get(), movedNode.get());
    System.out.println("errors: " + (errors.isEmpty() ? "none" : new TreeMap<>(errors)));
    if (!errorTimes.isEmpty()) {
      List<String> times = new ArrayList<>(errorTimes);
      System.out.println(
          "error times (s into the load): " + times.subList(0, Math.min(40, times.size())));
    }
  }
}
