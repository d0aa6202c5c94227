package com.otopair.shops;

import com.otopair.base.Roles;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The shops waiting for an admin's approval, as the admin's dashboard counts them. */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class ShopApprovals {

  /** How many shops wait, and the one that waits longest (none when nothing waits). */
  public record Waiting(long count, @Nullable Oldest oldest) {}

  /** The shop waiting longest: its name and since when. */
  public record Oldest(String name, Instant since) {}

  private final JdbcClient jdbc;

  ShopApprovals(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Waiting waiting() {
    long count =
        jdbc.sql("select count(*) from shops where status = 'PENDING_APPROVAL'")
            .query(Long.class)
            .single();
    Optional<Oldest> oldest =
        jdbc.sql(
                """
                select name, created_at from shops where status = 'PENDING_APPROVAL'
                order by created_at, id limit 1
                """)
            .query(
                (rs, row) ->
                    new Oldest(rs.getString("name"), rs.getTimestamp("created_at").toInstant()))
            .optional();
    return new Waiting(count, oldest.orElse(null));
  }
}
