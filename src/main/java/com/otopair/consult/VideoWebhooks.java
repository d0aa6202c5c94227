package com.otopair.consult;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.shops.OfferingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * LiveKit's webhooks, verified and turned into presence in the call: a participant joined or left,
 * or the room finished (everyone left). Each event counts once, by its id; and a person's presence
 * only moves for an event at least as recent as the one that set it, so replays and late deliveries
 * change nothing. The room is found again among the video sessions that can still have a call: a
 * room's name is a keyed hash of its session's id (see {@link VideoRooms}), so it cannot be read
 * back, only recomputed for those few candidates.
 */
@Service
@Transactional
@PreAuthorize("permitAll()")
public class VideoWebhooks {

  /** What a verified webhook did: moved someone's presence, or nothing (a repeat, or no news). */
  public enum Outcome {
    APPLIED,
    DUPLICATE,
    IGNORED
  }

  /** Not signed by our LiveKit (or no LiveKit is configured to check it): refused. */
  public static class Refused extends InvalidRequestException {
    Refused() {
      super(null, "consult.video.webhook.refused");
    }
  }

  /** Signed, but its body is not a LiveKit event. */
  public static class Malformed extends InvalidRequestException {
    Malformed() {
      super(null, "consult.video.webhook.malformed");
    }
  }

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final VideoRooms rooms;
  private final VideoSettings settings;
  private final JdbcTemplate jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  VideoWebhooks(
      VideoRooms rooms,
      VideoSettings settings,
      JdbcTemplate jdbc,
      ApplicationEventPublisher events,
      Clock clock) {
    this.rooms = rooms;
    this.settings = settings;
    this.jdbc = jdbc;
    this.events = events;
    this.clock = clock;
  }

  /**
   * Verifies the webhook against its {@code Authorization} header, then applies it: {@code
   * participant_joined}, {@code participant_left} and {@code room_finished} move presence; other
   * events of a known room change nothing.
   */
  public Outcome receive(@Nullable String authorization, byte[] body) {
    if (authorization == null || authorization.isBlank() || !settings.available()) {
      throw new Refused();
    }
    try {
      rooms.verifyWebhook(authorization, body);
    } catch (InvalidRequestException refused) {
      throw new Refused();
    }
    Event event = parse(body);
    UUID sessionId =
        sessionOf(event.room())
            .orElseThrow(() -> new NotFoundException("consult.video.webhook.unknown-room"));
    boolean moves =
        switch (event.kind()) {
          case "participant_joined", "participant_left" -> event.participant() != null;
          case "room_finished" -> true;
          default -> false;
        };
    if (!moves) {
      return Outcome.IGNORED;
    }
    if (jdbc.update(
            "insert into consult_video_events (event_id, received_at) values (?, ?)"
                + " on conflict (event_id) do nothing",
            event.id(),
            Timestamp.from(clock.instant()))
        == 0) {
      return Outcome.DUPLICATE;
    }
    Timestamp at = Timestamp.from(event.at());
    if (event.kind().equals("room_finished")) {
      jdbc.update(
          "update consult_video_presence set in_call = false, event_at = ?"
              + " where session_id = ? and event_at <= ?",
          at,
          sessionId,
          at);
    } else {
      UUID person = java.util.Objects.requireNonNull(event.participant());
      jdbc.update(
          "insert into consult_video_presence (session_id, user_id, in_call, event_at)"
              + " select ?, ?, ?, ? where exists (select 1 from consult_sessions"
              + " where id = ? and (customer_id = ? or mechanic_id = ?))"
              + " on conflict (session_id, user_id) do update"
              + " set in_call = excluded.in_call, event_at = excluded.event_at"
              + " where consult_video_presence.event_at <= excluded.event_at",
          sessionId,
          person,
          event.kind().equals("participant_joined"),
          at,
          sessionId,
          person,
          person);
    }
    events.publishEvent(new PresenceChanged(sessionId));
    return Outcome.APPLIED;
  }

  /** One webhook's body, as far as presence needs it. */
  private record Event(
      String id, String kind, String room, @Nullable UUID participant, Instant at) {}

  private Event parse(byte[] body) {
    JsonNode json;
    try {
      json = JSON.readTree(body);
    } catch (JacksonException e) {
      throw new Malformed();
    }
    if (json == null || !json.isObject()) {
      throw new Malformed();
    }
    String id = text(json.get("id"));
    String kind = text(json.get("event"));
    String room = text(json.path("room").get("name"));
    if (id == null || kind == null || room == null || id.length() > 200) {
      throw new Malformed();
    }
    // LiveKit writes its int64 fields as strings (protobuf's JSON), seconds since the epoch.
    Instant at;
    try {
      String created = text(json.get("createdAt"));
      at = created == null ? clock.instant() : Instant.ofEpochSecond(Long.parseLong(created));
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw new Malformed();
    }
    UUID participant = null;
    String identity = text(json.path("participant").get("identity"));
    if (identity != null) {
      try {
        participant = UUID.fromString(identity);
      } catch (IllegalArgumentException e) {
        // Not one of our tokens' subjects: nobody whose presence we show.
        participant = null;
      }
    }
    return new Event(id, kind, room, participant, at);
  }

  private static @Nullable String text(@Nullable JsonNode node) {
    if (node == null || node.isNull() || node.isMissingNode()) {
      return null;
    }
    if (!node.isValueNode()) {
      return null;
    }
    String text = node.asString();
    return text.isBlank() ? null : text;
  }

  /**
   * The video session whose room this is, among those that may still have a call: running, or ended
   * less than the tokens' grace ago (LiveKit says the room finished after its session ends).
   */
  private Optional<UUID> sessionOf(String room) {
    if (!room.startsWith("otopair-")) {
      return Optional.empty();
    }
    List<UUID> candidates =
        jdbc.queryForList(
            "select id from consult_sessions where mode = ? and (status = 'ACTIVE'"
                + " or (status = 'ENDED' and ended_at > ?))",
            UUID.class,
            OfferingMode.REMOTE_VIDEO.name(),
            Timestamp.from(clock.instant().minus(settings.grace())));
    String secret = java.util.Objects.requireNonNull(settings.apiSecret());
    return candidates.stream().filter(id -> VideoRooms.roomOf(secret, id).equals(room)).findFirst();
  }
}
