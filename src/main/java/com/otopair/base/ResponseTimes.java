package com.otopair.base;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/**
 * How fast a mechanic answers live help: the median wait, over their last {@value #LAST_SESSIONS}
 * claimed live sessions, from the session reaching the queue to this mechanic's claim. Nothing is
 * said with fewer than {@value #FEWEST_SESSIONS} sessions (one slow or lucky claim is no habit).
 * The mechanic's public page reads it here; the consult module, which owns sessions, implements it
 * (with no implementation, nobody has a response time).
 */
public interface ResponseTimes {

  /** How many of a mechanic's latest claimed sessions count. */
  int LAST_SESSIONS = 20;

  /** Fewer claimed sessions than this and nothing is said. */
  int FEWEST_SESSIONS = 3;

  /** The mechanic's (user id's) median wait to a claim; empty with too few sessions. */
  Optional<Duration> typical(UUID mechanicId);

  /** Nobody has a response time: what a context without the consult module sees. */
  ResponseTimes NONE = mechanicId -> Optional.empty();
}
