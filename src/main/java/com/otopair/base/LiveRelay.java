package com.otopair.base;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.event.EventListener;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;
import org.springframework.util.ReflectionUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Relays {@link LiveUpdate} events between the nodes that share the database: each one is sent with
 * {@code pg_notify} in the publishing transaction, so PostgreSQL delivers it to the other nodes at
 * commit and never for a rollback, and each node's {@link LiveRelayListener} hands the others'
 * events to its {@link LiveUpdates} like local ones.
 *
 * <p>A message carries the sending node, the event's type by a stable name (its module and simple
 * name, such as {@code booking.BookingChanged}) and its record components: ids and short strings,
 * never what a view shows, which receivers re-read from the database.
 *
 * <p>{@code otopair.live.relayed} counts the events from other nodes this node delivered, by type:
 * what shows from outside that the relay works (bench/cluster checks it).
 */
@Component
class LiveRelay {

  static final String CHANNEL = "otopair_live";

  /** PostgreSQL refuses a notification payload of 8,000 bytes or more (and the transaction). */
  static final int MAX_PAYLOAD_BYTES = 7_999;

  private static final Logger log = LoggerFactory.getLogger(LiveRelay.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final String node = UUID.randomUUID().toString();
  private final LiveUpdates hub;
  private final JdbcClient jdbc;
  private final Map<String, Class<?>> types = new HashMap<>();
  private final Map<Class<?>, String> names = new HashMap<>();
  private final Map<String, Counter> relayed = new HashMap<>();

  @Autowired
  LiveRelay(LiveUpdates hub, JdbcClient jdbc, MeterRegistry registry, BeanFactory beans) {
    this(hub, jdbc, registry, AutoConfigurationPackages.get(beans));
  }

  /** Relays the live updates found in {@code packages} and their subpackages. */
  LiveRelay(LiveUpdates hub, JdbcClient jdbc, MeterRegistry registry, List<String> packages) {
    this.hub = hub;
    this.jdbc = jdbc;
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AssignableTypeFilter(LiveUpdate.class));
    for (String root : packages) {
      for (var candidate : scanner.findCandidateComponents(root)) {
        String className = candidate.getBeanClassName();
        Class<?> type = ClassUtils.resolveClassName(className, ClassUtils.getDefaultClassLoader());
        if (!type.isRecord()) {
          throw new IllegalStateException(
              className + " is a live update, so it must be a record of ids to cross nodes");
        }
        String name = className.substring(root.length() + 1);
        types.put(name, type);
        names.put(type, name);
        relayed.put(
            name,
            Counter.builder("otopair.live.relayed")
                .description("Live updates from other nodes delivered on this node")
                .tag("type", name)
                .register(registry));
      }
    }
  }

  @EventListener
  void on(LiveUpdate event) {
    message(event)
        .ifPresent(
            message ->
                jdbc.sql("select pg_notify(?, ?)").params(CHANNEL, message).query().listOfRows());
  }

  /** The notification for {@code event}, or none when it cannot cross nodes. */
  Optional<String> message(LiveUpdate event) {
    String name = names.get(event.getClass());
    if (name == null) {
      log.warn("{} stays on this node: it is not a known live update", event.getClass());
      return Optional.empty();
    }
    ObjectNode fields = JSON.createObjectNode();
    for (RecordComponent component : event.getClass().getRecordComponents()) {
      var accessor = component.getAccessor();
      ReflectionUtils.makeAccessible(accessor);
      fields.set(
          component.getName(), JSON.valueToTree(ReflectionUtils.invokeMethod(accessor, event)));
    }
    ObjectNode message = JSON.createObjectNode().put("node", node).put("type", name);
    message.set("event", fields);
    String text = JSON.writeValueAsString(message);
    int size = text.getBytes(StandardCharsets.UTF_8).length;
    if (size > MAX_PAYLOAD_BYTES) {
      log.warn("{} stays on this node: {} bytes are more than a notification carries", name, size);
      return Optional.empty();
    }
    return Optional.of(text);
  }

  /** Delivers another node's event to this node's subscribers; skips this node's own. */
  void receive(String text) {
    try {
      JsonNode message = JSON.readTree(text);
      if (node.equals(message.path("node").asString())) {
        return;
      }
      String name = message.path("type").asString();
      Class<?> type = types.get(name);
      if (type == null) {
        log.debug("Ignored a live update this node does not know: {}", text);
        return;
      }
      LiveUpdate event = event(type, message.path("event"));
      relayed.get(name).increment();
      hub.deliverRelayed(event);
    } catch (RuntimeException e) {
      log.warn("Could not deliver a relayed live update: {}", text, e);
    }
  }

  private static LiveUpdate event(Class<?> type, JsonNode fields) {
    RecordComponent[] components = type.getRecordComponents();
    var parameterTypes = new Class<?>[components.length];
    var values = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      parameterTypes[i] = components[i].getType();
      values[i] =
          JSON.treeToValue(
              fields.path(components[i].getName()),
              JSON.constructType(components[i].getGenericType()));
    }
    try {
      var constructor = type.getDeclaredConstructor(parameterTypes);
      ReflectionUtils.makeAccessible(constructor);
      return (LiveUpdate) constructor.newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("Could not rebuild a relayed " + type, e);
    }
  }
}
