package otopair;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What one browser tab's Vaadin client knows: the UI's id, the security key, the message counters
 * and the element tree the server described in its {@code changes}. A virtual user keeps one in its
 * Gatling session and reads node ids from it, as flow-client does in a browser. Only what a test
 * looks things up by is kept: tag, attributes, properties, class names, text and children.
 *
 * <p>Node features, as numbered by Flow's {@code NodeFeatures}: 0 element data (the tag), 1
 * properties, 2 children, 3 attributes, 7 text, 11 class list, 24 virtual children.
 */
final class UiTree {

  static final ObjectMapper JSON = new ObjectMapper();

  /** One element or text node. */
  static final class Node {
    final int id;
    String tag = "";
    String text;
    final Map<String, JsonNode> properties = new HashMap<>();
    final Map<String, String> attributes = new HashMap<>();
    final List<String> classes = new ArrayList<>();
    final List<Integer> children = new ArrayList<>();
    final List<Integer> virtualChildren = new ArrayList<>();

    Node(int id) {
      this.id = id;
    }

    String property(String name) {
      JsonNode value = properties.get(name);
      return value == null ? "" : value.asText();
    }

    String attribute(String name) {
      return attributes.getOrDefault(name, "");
    }

    boolean hasClass(String name) {
      return classes.contains(name);
    }

    boolean hidden() {
      return attributes.containsKey("hidden");
    }

    @Override
    public String toString() {
      return "<" + tag + " #" + id + " " + attributes + " " + classes + ">";
    }
  }

  final int uiId;
  final String securityKey;
  int syncId;
  int clientId;
  private final Map<Integer, Node> nodes = new HashMap<>();

  // The step's response time and verdict, each set by its own check (in whatever order Gatling
  // runs them); the second one records the step.
  private long stepMillis = -1;
  private Boolean stepOk;

  void timed(String step, long millis) {
    stepMillis = millis;
    recordWhenComplete(step);
  }

  void judged(String step, boolean ok) {
    stepOk = ok;
    recordWhenComplete(step);
  }

  private void recordWhenComplete(String step) {
    if (stepMillis >= 0 && stepOk != null) {
      Steps.record(step, stepMillis, stepOk);
      stepMillis = -1;
      stepOk = null;
    }
  }

  /** What a step's request did, for its check to verify (e.g. the job moved and where to). */
  String pending = "";

  /** The node a step clicked, to tell a click on what had changed meanwhile (see isAttached). */
  Node clicked;

  /** When this tab last told the server it is still open (Vaadin's heartbeat), epoch ms. */
  long lastHeartbeat = System.currentTimeMillis();

  private UiTree(int uiId, String securityKey) {
    this.uiId = uiId;
    this.securityKey = securityKey;
  }

  /** The tree of the {@code ?v-r=init} answer: the UI's id, its security key, its first changes. */
  static UiTree ofInit(String body) {
    try {
      JsonNode config = JSON.readTree(body).path("appConfig");
      JsonNode uidl = config.path("uidl");
      if (!uidl.has("Vaadin-Security-Key")) {
        throw new IllegalStateException("no Vaadin-Security-Key in the init answer");
      }
      var tree = new UiTree(config.path("v-uiId").asInt(), uidl.path("Vaadin-Security-Key").asText());
      tree.apply(uidl);
      return tree;
    } catch (Exception e) {
      throw new IllegalStateException("unreadable init answer: " + e.getMessage(), e);
    }
  }

  /** The body of the next UIDL request, carrying {@code rpc}, and counts it as sent. */
  String message(ArrayNode rpc) {
    ObjectNode message = JSON.createObjectNode();
    message.put("csrfToken", securityKey);
    message.set("rpc", rpc);
    message.put("syncId", syncId);
    message.put("clientId", clientId);
    return message.toString();
  }

  /**
   * Reads a UIDL answer into the tree. Answers what went wrong, or {@code null}: a session that
   * expired, a resynchronisation, or anything but JSON.
   */
  String read(String body) {
    String json = body.strip();
    if (json.startsWith("for(;;);")) {
      json = json.substring("for(;;);".length());
    }
    if (json.startsWith("[") && json.endsWith("]")) {
      json = json.substring(1, json.length() - 1);
    }
    JsonNode uidl;
    try {
      uidl = JSON.readTree(json);
    } catch (Exception e) {
      return "not a UIDL answer: " + abbreviate(body);
    }
    JsonNode meta = uidl.path("meta");
    if (meta.path("sessionExpired").asBoolean(false)) {
      return "session expired";
    }
    if (uidl.path("resynchronize").asBoolean(false) || meta.path("resynchronize").asBoolean(false)) {
      return "the server asked to resynchronize";
    }
    if (!uidl.has("syncId")) {
      return "no syncId in: " + abbreviate(body);
    }
    apply(uidl);
    return null;
  }

  private void apply(JsonNode uidl) {
    if (uidl.has("syncId")) {
      syncId = uidl.path("syncId").asInt();
    }
    if (uidl.has("clientId")) {
      clientId = uidl.path("clientId").asInt();
    }
    for (JsonNode change : uidl.path("changes")) {
      Node node = node(change.path("node").asInt());
      int feature = change.path("feat").asInt(-1);
      switch (change.path("type").asText()) {
        case "put" -> put(node, feature, change);
        case "remove" -> {
          String key = change.path("key").asText();
          if (feature == 1) {
            node.properties.remove(key);
          } else if (feature == 3) {
            node.attributes.remove(key);
          }
        }
        case "splice" -> splice(node, feature, change);
        case "clear" -> {
          if (feature == 2) {
            node.children.clear();
          } else if (feature == 11) {
            node.classes.clear();
          } else if (feature == 24) {
            node.virtualChildren.clear();
          }
        }
        case "detach" -> nodes.remove(node.id);
        default -> {}
      }
    }
  }

  private static void put(Node node, int feature, JsonNode change) {
    String key = change.path("key").asText();
    JsonNode value = change.path("value");
    switch (feature) {
      case 0 -> {
        if (key.equals("tag")) {
          node.tag = value.asText();
        }
      }
      case 1 -> node.properties.put(key, value);
      case 3 -> node.attributes.put(key, value.isTextual() ? value.asText() : value.toString());
      case 7 -> node.text = value.asText();
      default -> {}
    }
  }

  @SuppressWarnings("unchecked")
  private static void splice(Node node, int feature, JsonNode change) {
    List<Object> list =
        switch (feature) {
          case 2 -> (List<Object>) (List<?>) node.children;
          case 11 -> (List<Object>) (List<?>) node.classes;
          case 24 -> (List<Object>) (List<?>) node.virtualChildren;
          default -> null;
        };
    if (list == null) {
      return;
    }
    int index = Math.min(change.path("index").asInt(), list.size());
    int remove = Math.min(change.path("remove").asInt(0), list.size() - index);
    list.subList(index, index + remove).clear();
    List<Object> added = new ArrayList<>();
    for (JsonNode n : change.path("addNodes")) {
      added.add(n.asInt());
    }
    for (JsonNode v : change.path("add")) {
      added.add(feature == 11 ? v.asText() : (Object) v.asInt());
    }
    list.addAll(index, added);
  }

  private Node node(int id) {
    return nodes.computeIfAbsent(id, Node::new);
  }

  /** The attached nodes under {@code from} (itself included) that match, in document order. */
  List<Node> findAll(Node from, Predicate<Node> matches) {
    List<Node> found = new ArrayList<>();
    collect(from, matches, found, 0);
    return found;
  }

  List<Node> findAll(Predicate<Node> matches) {
    return findAll(node(1), matches);
  }

  Optional<Node> find(Predicate<Node> matches) {
    return findAll(matches).stream().findFirst();
  }

  /** Whether the node is still in the page (reachable from the UI's root). */
  boolean isAttached(Node node) {
    return !findAll(n -> n == node).isEmpty();
  }

  Optional<Node> byId(String id) {
    return find(n -> id.equals(n.attributes.get("id")));
  }

  private void collect(Node node, Predicate<Node> matches, List<Node> found, int depth) {
    if (depth > 200) {
      return;
    }
    if (matches.test(node)) {
      found.add(node);
    }
    for (List<Integer> children : List.of(node.children, node.virtualChildren)) {
      for (int child : children) {
        Node next = nodes.get(child);
        if (next != null) {
          collect(next, matches, found, depth + 1);
        }
      }
    }
  }

  /** The text of a node and everything under it, as a browser's {@code textContent}. */
  String text(Node node) {
    var text = new StringBuilder();
    for (Node n : findAll(node, x -> x.text != null)) {
      text.append(n.text);
    }
    return text.toString();
  }

  static Predicate<Node> hasClass(String name) {
    return n -> n.hasClass(name);
  }

  static Predicate<Node> tag(String tag) {
    return n -> tag.equals(n.tag);
  }

  /** Events of the client, as flow-client sends them in a UIDL request's {@code rpc}. */
  static ArrayNode rpc() {
    return JSON.createArrayNode();
  }

  static ArrayNode click(ArrayNode rpc, Node node) {
    ObjectNode event = rpc.addObject();
    event.put("type", "event");
    event.put("node", node.id);
    event.put("event", "click");
    event.putObject("data");
    return rpc;
  }

  /** A click the step's check may excuse when the node was replaced before it arrived. */
  ArrayNode clickRemembered(ArrayNode rpc, Node node) {
    clicked = node;
    ObjectNode event = rpc.addObject();
    event.put("type", "event");
    event.put("node", node.id);
    event.put("event", "click");
    event.putObject("data");
    return rpc;
  }

  /** A field's value typed in and committed: the property synced, then the change event. */
  static ArrayNode type(ArrayNode rpc, Node field, String value) {
    ObjectNode sync = rpc.addObject();
    sync.put("type", "mSync");
    sync.put("node", field.id);
    sync.put("feature", 1);
    sync.put("property", "value");
    sync.put("value", value);
    ObjectNode change = rpc.addObject();
    change.put("type", "event");
    change.put("node", field.id);
    change.put("event", "change");
    change.putObject("data");
    return rpc;
  }

  /** A custom value entered in a combo box, as its {@code custom-value-set} event. */
  static ArrayNode customValue(ArrayNode rpc, Node comboBox, String value) {
    ObjectNode event = rpc.addObject();
    event.put("type", "event");
    event.put("node", comboBox.id);
    event.put("event", "custom-value-set");
    event.putObject("data").put("event.detail", value);
    return rpc;
  }

  /**
   * Router navigation in the same tab (a link followed, the back button), as Flow.js sends it: the
   * UI element's {@code ui-navigate} event with the route and query.
   */
  static ArrayNode navigate(ArrayNode rpc, String href, String trigger) {
    String route = href;
    String query = "";
    int mark = href.indexOf('?');
    if (mark >= 0) {
      route = href.substring(0, mark);
      query = href.substring(mark + 1);
    }
    ObjectNode event = rpc.addObject();
    event.put("type", "event");
    event.put("node", 1);
    event.put("event", "ui-navigate");
    ObjectNode data = event.putObject("data");
    data.put("route", route);
    data.put("query", query);
    data.put("appShellTitle", "");
    data.putObject("historyState").put("idx", 0);
    data.put("trigger", trigger);
    return rpc;
  }

  static String abbreviate(String text) {
    String line = text.replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }

  /** For debugging a scenario: the tree under a node, one line per element. */
  String dump(Node node) {
    var out = new StringBuilder();
    Map<Node, Integer> depth = new LinkedHashMap<>();
    dump(node, 0, out, depth);
    return out.toString();
  }

  private void dump(Node node, int depth, StringBuilder out, Map<Node, Integer> seen) {
    if (seen.containsKey(node) || depth > 60) {
      return;
    }
    seen.put(node, depth);
    out.append("  ".repeat(depth))
        .append(node.text != null ? '"' + node.text + '"' : node.toString())
        .append('\n');
    for (List<Integer> children : List.of(node.children, node.virtualChildren)) {
      for (int child : children) {
        Node next = nodes.get(child);
        if (next != null) {
          dump(next, depth + 1, out, seen);
        }
      }
    }
  }
}
