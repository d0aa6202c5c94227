import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Live heap per Vaadin session on the production jar. Starts the jar on a fresh embedded PostgreSQL
 * with the demo data and a free port, and one headless Chromium spoken to over the DevTools protocol.
 * Every session is a browser context of its own (its own cookies, so its own HTTP and Vaadin
 * session) whose page stays open, so its heartbeats keep it alive.
 *
 * <p>A warm-up customer and owner first; then the live heap is read (two {@code GC.run}, then the
 * live class histogram's total, which is itself taken after a full GC). Then N customers sign in and
 * open the Garage du Plateau's slot picker with the first day that has free slots chosen; the heap
 * is read again; then M owners sign in and open the job board; read again. Each kind prints (after
 * - before) / N and the classes that grew most per session. Before each reading the bench waits
 * until the pages each session left (the login page, the home page) have missed three heartbeats,
 * so Vaadin has closed them and only the open page's UI stays.
 *
 * <p>With {@code idle-check=yes} it measures nothing per kind: with the servlet session timeout
 * set to one minute, it opens the customers, closes the tabs of half of them, and follows the heap
 * and the open tabs for four minutes: a session whose tab is gone ends with its timeout, and an open
 * tab that only sends heartbeats is closed too ({@code vaadin.closeIdleSessions}).
 *
 * <p>Arguments: jar=PATH customers=30 owners=20 settle=170 idle-check=no.
 */
public class MemoryBench {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static final String SHOP = "garage-du-plateau";
  static final String PASSWORD = "otopair-demo-2026";
  static final List<String> CUSTOMERS =
      List.of("emma.wilson@example.test", "camille.roy@example.test", "julien.bouchard@example.test");
  static final List<String> OWNERS =
      List.of(
          "sophie.tremblay@garage-plateau.test",
          "marc.gagnon@atelier-rosemont.test",
          "jessica.ramirez@eastside-auto.test");

  static final List<Process> started = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    Map<String, String> options =
        new HashMap<>(
            Map.of(
                "customers", "30", "owners", "20", "settle", "170", "idle-check", "no", "jar", ""));
    for (String arg : args) {
      String[] pair = arg.split("=", 2);
      if (pair.length != 2 || !options.containsKey(pair[0])) {
        throw new IllegalArgumentException("Unknown argument: " + arg);
      }
      options.put(pair[0], pair[1]);
    }
    int customers = Integer.parseInt(options.get("customers"));
    int owners = Integer.parseInt(options.get("owners"));
    int settle = Integer.parseInt(options.get("settle"));
    boolean idleCheck = options.get("idle-check").equals("yes");
    Runtime.getRuntime().addShutdownHook(new Thread(MemoryBench::stopAll));

    System.out.println("   load average: " + load());
    Path work = Path.of("target").toAbsolutePath();
    Files.createDirectories(work);
    int port = freePort();
    String base = "http://127.0.0.1:" + port;
    System.out.printf("== Starting the production jar on port %d (a fresh embedded PostgreSQL)%n", port);
    List<String> command = new ArrayList<>(List.of(tool("java"), "-Xmx2g", "-jar", options.get("jar")));
    command.addAll(
        List.of(
            "--server.port=" + port,
            "--server.address=127.0.0.1",
            "--otopair.embedded-postgres.data-directory=",
            "--otopair.embedded-postgres.port=0",
            "--otopair.files.directory=" + work.resolve("files"),
            "--spring.main.banner-mode=off"));
    if (idleCheck) {
      command.add("--server.servlet.session.timeout=1m");
    }
    Path appLog = work.resolve("app.log");
    Process app =
        launch(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(appLog.toFile()));
    long pid = app.pid();
    waitFor(
        () -> {
          if (!app.isAlive()) {
            throw new IllegalStateException("The application stopped; see " + appLog);
          }
          return read(appLog).contains("Demo data loaded;");
        },
        Duration.ofMinutes(5),
        "the application's start");
    System.out.println("   started, pid " + pid + "; demo data loaded");

    try (Chromium chrome = Chromium.start(work.resolve("chrome"))) {
      if (idleCheck) {
        idleCheck(chrome, base, pid, customers);
        return;
      }
      System.out.println("== Warm-up: one customer and one owner (they stay open)");
      customer(chrome, base, CUSTOMERS.getFirst(), true);
      owner(chrome, base, OWNERS.getFirst(), true);
      settle(settle);
      Histogram before = Histogram.read(pid);
      System.out.printf("   live heap: %,d KB%n", before.total / 1024);

      System.out.printf("== %d customers on the slot picker%n", customers);
      for (int i = 0; i < customers; i++) {
        customer(chrome, base, CUSTOMERS.get(i % CUSTOMERS.size()), i == 0);
      }
      settle(settle);
      Histogram afterCustomers = Histogram.read(pid);
      report("customer", customers, before, afterCustomers);

      System.out.printf("== %d owners on the job board%n", owners);
      for (int i = 0; i < owners; i++) {
        owner(chrome, base, OWNERS.get(i % OWNERS.size()), i < OWNERS.size());
      }
      settle(settle);
      Histogram afterOwners = Histogram.read(pid);
      report("owner", owners, afterCustomers, afterOwners);

      System.out.println("== Summary (load average now: " + load() + ")");
      System.out.printf(
          "   per customer session (slot picker, N=%d): %,d KB%n",
          customers, (afterCustomers.total - before.total) / customers / 1024);
      System.out.printf(
          "   per owner session (job board, N=%d): %,d KB%n",
          owners, (afterOwners.total - afterCustomers.total) / owners / 1024);
    }
  }

  /**
   * Opens the customers, closes half of their tabs, and follows the live heap and the open tabs
   * while the sessions time out (one minute in this run).
   */
  static void idleCheck(Chromium chrome, String base, long pid, int customers) throws Exception {
    Histogram before = Histogram.read(pid);
    System.out.printf("== Idle check: %d customers, servlet session timeout 1 min%n", customers);
    for (int i = 0; i < customers; i++) {
      customer(chrome, base, CUSTOMERS.get(i % CUSTOMERS.size()), i == 0);
    }
    Histogram open = Histogram.read(pid);
    System.out.printf(
        "   live heap: %,d KB -> %,d KB with them open%n", before.total / 1024, open.total / 1024);
    List<String> contexts = new ArrayList<>(chrome.contexts.keySet());
    int closing = customers / 2;
    for (String context : contexts.subList(0, closing)) {
      chrome.close(context);
    }
    System.out.printf("   closed %d tabs; %d stay open, untouched%n", closing, customers - closing);
    for (int waited = 30; waited <= 240; waited += 30) {
      Thread.sleep(30_000);
      Histogram now = Histogram.read(pid);
      long signedOut = 0;
      for (Chromium.Tab tab : chrome.contexts.values()) {
        // A closed session makes the page load again (a new page, without the mark).
        if (!tab.eval("window.benchMark === true").asBoolean()) {
          signedOut++;
        }
      }
      System.out.printf(
          "   after %3d s: live heap %,d KB (%+,d KB since all were open); open tabs whose session ended (the page loaded again): %d of %d%n",
          waited,
          now.total / 1024,
          (now.total - open.total) / 1024,
          signedOut,
          chrome.contexts.size());
    }
  }

  static void report(String kind, int n, Histogram before, Histogram after) throws IOException {
    long per = (after.total - before.total) / n;
    System.out.printf(
        "   live heap: %,d KB -> %,d KB: %,d KB per %s session (N=%d)%n",
        before.total / 1024, after.total / 1024, per / 1024, kind, n);
    System.out.println(
        "   grew most, per session (bytes, instances; all in target/" + kind + "-growth.txt):");
    Map<String, long[]> growth = new HashMap<>();
    after.classes.forEach(
        (name, row) -> {
          long[] was = before.classes.getOrDefault(name, new long[2]);
          growth.put(name, new long[] {row[0] - was[0], row[1] - was[1]});
        });
    var sorted =
        growth.entrySet().stream()
            .sorted(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[1]))
            .toList();
    Files.write(
        Path.of("target", kind + "-growth.txt"),
        sorted.stream()
            .map(e -> "%d %.1f %s".formatted(e.getValue()[1] / n, e.getValue()[0] / (double) n, e.getKey()))
            .toList());
    sorted.stream()
        .limit(25)
        .forEach(
            e ->
                System.out.printf(
                    "   %,9d  %8.1f  %s%n",
                    e.getValue()[1] / n, e.getValue()[0] / (double) n, e.getKey()));
  }

  static void settle(int seconds) throws InterruptedException {
    System.out.printf(
        "   waiting %d s: the pages left behind miss three heartbeats and close%n", seconds);
    Thread.sleep(seconds * 1000L);
  }

  /** Signs a customer in and opens the slot picker with the first day that has free slots. */
  static void customer(Chromium chrome, String base, String email, boolean print) throws Exception {
    Chromium.Tab tab = chrome.newTab();
    signIn(tab, base, email);
    tab.navigate(base + "/shops/" + SHOP);
    tab.waitFor("!!document.querySelector('a[href*=\"book/" + SHOP + "?service=\"]')");
    String book =
        tab.eval("document.querySelector('a[href*=\"book/" + SHOP + "?service=\"]').href").asString();
    tab.navigate(book);
    tab.waitFor("!!document.querySelector('#book-month .otopair-free-day')");
    tab.eval("document.querySelector('#book-month .otopair-free-day').click(), true");
    tab.waitFor("!!document.querySelector('#book-day-summary')");
    tab.waitForVaadin();
    String seen =
        tab.eval(
                "document.querySelector('#book-heading').innerText + ' | '"
                    + " + document.querySelectorAll('#book-month .otopair-free-day').length"
                    + " + ' days with free slots | ' + document.querySelector('#book-day h2').innerText"
                    + " + ': ' + document.querySelector('#book-day-summary').innerText"
                    + " + ' | ' + document.querySelectorAll('.otopair-slot-button').length + ' slot buttons'")
            .asString();
    tab.eval("window.benchMark = true");
    if (print) {
      System.out.println("   " + email + " sees: " + seen);
    }
  }

  /** Signs an owner in and opens the job board. */
  static void owner(Chromium chrome, String base, String email, boolean print) throws Exception {
    Chromium.Tab tab = chrome.newTab();
    signIn(tab, base, email);
    tab.navigate(base + "/jobs");
    tab.waitFor("!!document.querySelector('#job-board .otopair-job-column-header')");
    tab.waitForVaadin();
    String seen =
        tab.eval(
                "document.querySelector('.otopair-page-title').innerText + ' | '"
                    + " + document.querySelectorAll('.otopair-job-card').length + ' cards | '"
                    + " + [...document.querySelectorAll('.otopair-job-column-header')]"
                    + ".map(h => h.innerText.replace(/\\s+/g, ' ')).join(', ')")
            .asString();
    if (print) {
      System.out.println("   " + email + " sees: " + seen);
    }
  }

  static void signIn(Chromium.Tab tab, String base, String email) throws Exception {
    tab.navigate(base + "/login");
    tab.waitFor("!!document.querySelector('#vaadinLoginPassword input')");
    tab.eval("document.querySelector('#vaadinLoginUsername input').focus(), true");
    tab.send("Input.insertText", Map.of("text", email));
    tab.eval("document.querySelector('#vaadinLoginPassword input').focus(), true");
    tab.send("Input.insertText", Map.of("text", PASSWORD));
    for (String type : List.of("keyDown", "keyUp")) {
      tab.send(
          "Input.dispatchKeyEvent",
          Map.of(
              "type", type, "key", "Enter", "code", "Enter", "windowsVirtualKeyCode", 13,
              "text", "\r"));
    }
    tab.waitFor(
        "!location.pathname.endsWith('/login') && document.readyState === 'complete'"
            + " && !!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients");
    tab.waitForVaadin();
  }

  /** The live objects' classes and their instances and bytes, after a full GC. */
  record Histogram(long total, Map<String, long[]> classes) {

    static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");
    static final Pattern TOTAL = Pattern.compile("^Total\\s+(\\d+)\\s+(\\d+)");

    static Histogram read(long pid) throws Exception {
      jcmd(pid, "GC.run");
      jcmd(pid, "GC.run");
      String text = jcmd(pid, "GC.class_histogram");
      Map<String, long[]> classes = new LinkedHashMap<>();
      long total = -1;
      for (String line : text.split("\n")) {
        Matcher row = ROW.matcher(line);
        if (row.find()) {
          classes.merge(
              row.group(3),
              new long[] {Long.parseLong(row.group(1)), Long.parseLong(row.group(2))},
              (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
        Matcher sum = TOTAL.matcher(line);
        if (sum.find()) {
          total = Long.parseLong(sum.group(2));
        }
      }
      if (total < 0) {
        throw new IllegalStateException("No histogram total in: " + text);
      }
      return new Histogram(total, classes);
    }
  }

  static String jcmd(long pid, String command) throws Exception {
    Process jcmd =
        new ProcessBuilder(tool("jcmd"), String.valueOf(pid), command)
            .redirectErrorStream(true)
            .start();
    String out = new String(jcmd.getInputStream().readAllBytes());
    if (jcmd.waitFor() != 0) {
      throw new IllegalStateException("jcmd " + command + " failed: " + out);
    }
    return out;
  }

  /** A tool of the JDK that runs this bench (the same as the jar's). */
  static String tool(String name) {
    return ProcessHandle.current()
        .info()
        .command()
        .map(java -> Path.of(java).resolveSibling(name).toString())
        .orElse(name);
  }

  /** The machine's load average (1, 5, 15 minutes), where the system tells it. */
  static String load() {
    String line = read(Path.of("/proc/loadavg")).strip();
    return line.isEmpty() ? "unknown" : String.join(" ", List.of(line.split(" ")).subList(0, 3));
  }

  static int freePort() throws IOException {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static Process launch(ProcessBuilder builder) throws IOException {
    Process process = builder.start();
    started.add(process);
    return process;
  }

  static void stopAll() {
    for (Process process : started.reversed()) {
      process.descendants().forEach(ProcessHandle::destroy);
      process.destroy();
      try {
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.descendants().forEach(ProcessHandle::destroyForcibly);
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static String read(Path file) {
    try {
      return Files.exists(file) ? Files.readString(file) : "";
    } catch (IOException e) {
      return "";
    }
  }

  static void waitFor(Supplier<Boolean> condition, Duration timeout, String what)
      throws InterruptedException {
    Instant end = Instant.now().plus(timeout);
    while (!condition.get()) {
      if (Instant.now().isAfter(end)) {
        throw new IllegalStateException("Timed out waiting for " + what);
      }
      Thread.sleep(200);
    }
  }

  /**
   * One headless Chromium, driven over the DevTools protocol: each tab is a browser context of its
   * own, as a separate person's browser would be.
   */
  static final class Chromium implements AutoCloseable {

    final WebSocket socket;
    final AtomicLong ids = new AtomicLong();
    final Map<Long, CompletableFuture<JsonNode>> waiting = new ConcurrentHashMap<>();
    final Map<String, Tab> contexts = new LinkedHashMap<>();

    private Chromium(WebSocket socket) {
      this.socket = socket;
    }

    static Chromium start(Path profile) throws Exception {
      String binary = System.getenv().getOrDefault("CHROME_BIN", "chromium");
      Files.createDirectories(profile);
      Files.deleteIfExists(profile.resolve("DevToolsActivePort"));
      launch(
          new ProcessBuilder(
                  binary,
                  "--headless=new",
                  "--no-sandbox",
                  "--disable-gpu",
                  "--disable-dev-shm-usage",
                  "--no-first-run",
                  "--disable-background-networking",
                  "--disable-component-update",
                  "--disable-sync",
                  "--disable-background-timer-throttling",
                  "--disable-renderer-backgrounding",
                  "--disable-backgrounding-occluded-windows",
                  "--lang=en-US",
                  "--remote-debugging-address=127.0.0.1",
                  "--remote-debugging-port=0",
                  "--user-data-dir=" + profile,
                  "about:blank")
              .redirectErrorStream(true)
              .redirectOutput(profile.resolveSibling("chrome.log").toFile()));
      Path active = profile.resolve("DevToolsActivePort");
      waitFor(() -> read(active).lines().count() >= 2, Duration.ofSeconds(60), "Chromium");
      List<String> lines = read(active).lines().toList();
      var listener = new Listener();
      WebSocket socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .buildAsync(URI.create("ws://127.0.0.1:" + lines.get(0) + lines.get(1)), listener)
              .get(30, TimeUnit.SECONDS);
      var chrome = new Chromium(socket);
      listener.chrome = chrome;
      return chrome;
    }

    JsonNode send(String method, Map<String, ?> params, String session) throws Exception {
      long id = ids.incrementAndGet();
      ObjectNode message = JSON.createObjectNode();
      message.put("id", id);
      message.put("method", method);
      message.set("params", JSON.valueToTree(params));
      if (session != null) {
        message.put("sessionId", session);
      }
      var answer = new CompletableFuture<JsonNode>();
      waiting.put(id, answer);
      synchronized (socket) {
        socket.sendText(JSON.writeValueAsString(message), true).get(30, TimeUnit.SECONDS);
      }
      JsonNode reply = answer.get(60, TimeUnit.SECONDS);
      if (reply.has("error")) {
        throw new IllegalStateException(method + ": " + reply.get("error"));
      }
      return reply.get("result");
    }

    Tab newTab() throws Exception {
      String context = send("Target.createBrowserContext", Map.of(), null).get("browserContextId").asString();
      String target =
          send(
                  "Target.createTarget",
                  Map.of("url", "about:blank", "browserContextId", context),
                  null)
              .get("targetId")
              .asString();
      String session =
          send("Target.attachToTarget", Map.of("targetId", target, "flatten", true), null)
              .get("sessionId")
              .asString();
      Tab tab = new Tab(this, session);
      contexts.put(context, tab);
      return tab;
    }

    void close(String context) throws Exception {
      send("Target.disposeBrowserContext", Map.of("browserContextId", context), null);
      contexts.remove(context);
    }

    boolean allAlive() throws Exception {
      for (Tab tab : contexts.values()) {
        if (!tab.eval("!!document.body").asBoolean()) {
          return false;
        }
      }
      return true;
    }

    @Override
    public void close() {
      socket.abort();
    }

    static final class Listener implements WebSocket.Listener {
      Chromium chrome;
      final StringBuilder text = new StringBuilder();

      @Override
      public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
        text.append(data);
        if (last) {
          JsonNode message = JSON.readTree(text.toString());
          text.setLength(0);
          if (message.has("id")) {
            var answer = chrome.waiting.remove(message.get("id").asLong());
            if (answer != null) {
              answer.complete(message);
            }
          }
        }
        socket.request(1);
        return null;
      }
    }

    /** A page in a browser context of its own. */
    record Tab(Chromium chrome, String session) {

      JsonNode send(String method, Map<String, ?> params) throws Exception {
        return chrome.send(method, params, session);
      }

      void navigate(String url) throws Exception {
        send("Page.navigate", Map.of("url", url));
        Thread.sleep(300);
        waitFor("document.readyState === 'complete' && location.href !== 'about:blank'");
      }

      JsonNode eval(String expression) throws Exception {
        JsonNode result =
            send(
                "Runtime.evaluate",
                Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.has("exceptionDetails")) {
          throw new IllegalStateException(expression + ": " + result.get("exceptionDetails"));
        }
        JsonNode value = result.get("result").get("value");
        return value == null ? JSON.nullNode() : value;
      }

      void waitFor(String condition) throws Exception {
        Instant end = Instant.now().plusSeconds(60);
        while (true) {
          try {
            if (eval("(() => { try { return !!(" + condition + "); } catch (e) { return false; } })()")
                .asBoolean()) {
              return;
            }
          } catch (IllegalStateException navigating) {
            // The page changed under the evaluation: look again.
          }
          if (Instant.now().isAfter(end)) {
            String url = eval("location.href").asString();
            String body = eval("document.body ? document.body.innerText.slice(0, 300) : ''").asString();
            throw new IllegalStateException(
                "Timed out waiting for " + condition + " at " + url + ": " + body);
          }
          Thread.sleep(150);
        }
      }

      void waitForVaadin() throws Exception {
        waitFor(
            "!!window.Vaadin && !!window.Vaadin.Flow && !!window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
      }
    }
  }
}
