package com.otopair.audit.domain;

import com.otopair.audit.AccessChannel;
import com.otopair.audit.AccessEntry;
import com.otopair.base.AccessReads;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * The {@code access_log} table, in SQL: written in batches that skip entries already there (by
 * their id, made at the read), read newest first through the filters' indexes.
 */
@Repository
public class AccessLogTable {

  /** What a search asks for, resolved: ids instead of the emails typed, UTC instants. */
  public record Criteria(
      @Nullable UUID actorId,
      @Nullable UUID customerId,
      AccessReads.@Nullable Subject subject,
      @Nullable AccessChannel channel,
      @Nullable UUID shopId,
      @Nullable Instant from,
      @Nullable Instant until) {}

  private final NamedParameterJdbcTemplate jdbc;

  AccessLogTable(NamedParameterJdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Adds the entries that are not there yet (the same batch delivered again, or a run racing this
   * one, which this insert waits for); returns how many it added.
   */
  public int addOnce(List<AccessEntry> entries) {
    if (entries.isEmpty()) {
      return 0;
    }
    MapSqlParameterSource[] rows =
        entries.stream().map(AccessLogTable::row).toArray(MapSqlParameterSource[]::new);
    int[] added =
        jdbc.batchUpdate(
            """
            insert into access_log
                (id, occurred_at, actor_id, actor_role, subject_kind, subject_id, customer_id,
                 shop_id, channel, token_hint, client_address)
            values (:id, :occurredAt, :actorId, :actorRole, :subject, :subjectId, :customerId,
                    :shopId, :channel, :tokenHint, :clientAddress)
            on conflict (id) do nothing
            """,
            rows);
    int total = 0;
    for (int each : added) {
      total += Math.max(each, 0);
    }
    return total;
  }

  private static MapSqlParameterSource row(AccessEntry e) {
    return new MapSqlParameterSource()
        .addValue("id", e.id())
        .addValue("occurredAt", Timestamp.from(e.occurredAt()))
        .addValue("actorId", e.actorId())
        .addValue("actorRole", clip(e.actorRole(), 20))
        .addValue("subject", e.subject().name())
        .addValue("subjectId", e.subjectId())
        .addValue("customerId", e.customerId())
        .addValue("shopId", e.shopId())
        .addValue("channel", e.channel().name())
        .addValue("tokenHint", e.channel() == AccessChannel.API ? clip(e.tokenHint(), 40) : null)
        .addValue("clientAddress", clip(e.clientAddress(), 64));
  }

  private static <T extends @Nullable String> T clip(T value, int max) {
    @SuppressWarnings("unchecked")
    T clipped = value == null || value.length() <= max ? value : (T) value.substring(0, max);
    return clipped;
  }

  /** Up to {@code limit} entries matching {@code criteria}, newest first, after {@code offset}. */
  public List<AccessEntry> find(Criteria criteria, long offset, int limit) {
    var where = new ArrayList<String>();
    var params = new MapSqlParameterSource();
    if (criteria.actorId() != null) {
      where.add("actor_id = :actorId");
      params.addValue("actorId", criteria.actorId());
    }
    if (criteria.customerId() != null) {
      where.add("customer_id = :customerId");
      params.addValue("customerId", criteria.customerId());
    }
    if (criteria.subject() != null) {
      where.add("subject_kind = :subject");
      params.addValue("subject", criteria.subject().name());
    }
    if (criteria.channel() != null) {
      where.add("channel = :channel");
      params.addValue("channel", criteria.channel().name());
    }
    if (criteria.shopId() != null) {
      where.add("shop_id = :shopId");
      params.addValue("shopId", criteria.shopId());
    }
    if (criteria.from() != null) {
      where.add("occurred_at >= :from");
      params.addValue("from", Timestamp.from(criteria.from()));
    }
    if (criteria.until() != null) {
      where.add("occurred_at < :until");
      params.addValue("until", Timestamp.from(criteria.until()));
    }
    params.addValue("limit", limit).addValue("offset", offset);
    return jdbc.query(
        "select * from access_log"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by occurred_at desc, id desc limit :limit offset :offset",
        params,
        (rs, i) ->
            new AccessEntry(
                rs.getObject("id", UUID.class),
                rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("actor_id", UUID.class),
                rs.getString("actor_role"),
                AccessReads.Subject.valueOf(rs.getString("subject_kind")),
                rs.getObject("subject_id", UUID.class),
                rs.getObject("customer_id", UUID.class),
                rs.getObject("shop_id", UUID.class),
                AccessChannel.valueOf(rs.getString("channel")),
                rs.getString("token_hint"),
                rs.getString("client_address")));
  }

  /** The shops whose members' reads are in the log. */
  public List<UUID> shops() {
    return jdbc.queryForList(
        "select distinct shop_id from access_log where shop_id is not null",
        new MapSqlParameterSource(),
        UUID.class);
  }
}
