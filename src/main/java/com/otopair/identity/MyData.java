package com.otopair.identity;

import com.otopair.base.ClientAddress;
import com.otopair.base.CurrentUser;
import com.otopair.base.PersonalData;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.sql.Array;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's own data as one JSON document: their account and API tokens here, then every module's
 * part ({@link PersonalData}), only their rows. Times are ISO-8601 instants (UTC, "Z"), money minor
 * units beside its currency. Each download is audited.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class MyData {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final List<PersonalData> modules;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  MyData(
      JdbcClient jdbc, List<PersonalData> modules, Clock clock, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.modules = modules;
    this.clock = clock;
    this.events = events;
  }

  /** The download's name: {@code otopair-2026-12-07.json}, the day in UTC. */
  public String fileName() {
    return "otopair-" + LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC) + ".json";
  }

  /** Writes the signed-in user's data to {@code out} as UTF-8 JSON, and audits the download. */
  public void export(OutputStream out) {
    try {
      JSON.writerWithDefaultPrettyPrinter().writeValue(out, document());
    } catch (tools.jackson.core.JacksonException failed) {
      throw new UncheckedIOException(new IOException(failed));
    }
  }

  /** The signed-in user's data, as the JSON document's tree of maps and lists. */
  public Map<String, Object> document() {
    UUID userId = CurrentUser.require().id();
    Instant now = clock.instant();
    var document = new LinkedHashMap<String, Object>();
    document.put("exportedAt", now.toString());
    document.put("userId", userId.toString());
    document.put(
        "account",
        json(
            jdbc.sql(
                    "select id, email, display_name, phone, role, status, language, created_at,"
                        + " email_verified_at, last_login_at, deleted_at from users where id = ?")
                .param(userId)
                .query()
                .listOfRows()));
    document.put(
        "apiTokens",
        json(
            jdbc.sql(
                    "select name, created_at, last_used_at, revoked_at from api_tokens"
                        + " where user_id = ? order by created_at")
                .param(userId)
                .query()
                .listOfRows()));
    for (PersonalData module : modules) {
      module.export(userId).forEach((section, rows) -> document.put(section, json(rows)));
    }
    String email = CurrentUser.require().email();
    events.publishEvent(
        new AccountAction(
            AccountAction.DATA_EXPORTED,
            email,
            email,
            "identity.audit.data-exported",
            List.of(),
            ClientAddress.current(),
            now));
    return document;
  }

  /** Rows as JSON values: times as ISO-8601 instants, ids and other database types as text. */
  private static List<Map<String, Object>> json(List<Map<String, Object>> rows) {
    var result = new ArrayList<Map<String, Object>>(rows.size());
    for (Map<String, Object> row : rows) {
      var converted = new LinkedHashMap<String, Object>();
      row.forEach((column, value) -> converted.put(camel(column), value(value)));
      result.add(converted);
    }
    return result;
  }

  private static @Nullable Object value(@Nullable Object value) {
    return switch (value) {
      case null -> null;
      case Timestamp t -> t.toInstant().toString();
      case OffsetDateTime t -> t.toInstant().toString();
      case Instant t -> t.toString();
      case String s -> s;
      case Number n -> n;
      case Boolean b -> b;
      case Array array -> {
        try {
          yield Arrays.asList((Object[]) array.getArray());
        } catch (SQLException unreadable) {
          throw new IllegalStateException(unreadable);
        }
      }
      default -> value.toString();
    };
  }

  private static String camel(String column) {
    var name = new StringBuilder();
    boolean upper = false;
    for (char c : column.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
