package com.otopair.consult;

import com.otopair.base.ResponseTimes;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mechanics' response times from their sessions. A session's wait is counted from {@code queued_at}
 * (when it reached the queue: after the payment page, at the booked time for a booked session,
 * again after a release) to {@code claimed_at}, so neither a customer's time on the payment page
 * nor the days before a booked session count against the mechanic. One indexed read of the
 * mechanic's latest sessions ({@code consult_sessions_mechanic_idx}).
 */
@Service
@Transactional(readOnly = true)
public class SessionResponseTimes implements ResponseTimes {

  private final JdbcTemplate jdbc;

  SessionResponseTimes(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** The median wait, to the second. */
  @Override
  public Optional<Duration> typical(UUID mechanicId) {
    return jdbc.queryForObject(
        "select count(*) as claims,"
            + " percentile_cont(0.5) within group (order by wait) as median"
            + " from (select greatest(0, extract(epoch from claimed_at - queued_at)) as wait"
            + " from consult_sessions where mechanic_id = ? and claimed_at is not null"
            + " order by requested_at desc limit ?) latest",
        (row, n) ->
            row.getInt("claims") < FEWEST_SESSIONS
                ? Optional.<Duration>empty()
                : Optional.of(Duration.ofSeconds(Math.round(row.getDouble("median")))),
        mechanicId,
        LAST_SESSIONS);
  }
}
