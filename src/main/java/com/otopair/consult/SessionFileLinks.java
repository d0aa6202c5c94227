package com.otopair.consult;

import com.otopair.base.LinkSigner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Signed links to a session's files: each for one viewer, expiring after {@link #LIFE}. The
 * signature is the server's link HMAC over the file, the expiry and the viewer, so a link forwarded
 * to someone else, edited, or kept past its time opens nothing.
 */
@Component
class SessionFileLinks {

  static final Duration LIFE = Duration.ofMinutes(15);

  /** What a link is worth when it is opened. */
  enum Check {
    VALID,
    EXPIRED,
    REFUSED
  }

  private final LinkSigner signer;
  private final Clock clock;

  SessionFileLinks(LinkSigner signer, Clock clock) {
    this.signer = signer;
    this.clock = clock;
  }

  /** A link to the file for {@code viewerId}, valid from now for {@link #LIFE}. */
  String url(UUID fileId, UUID viewerId) {
    long expires = clock.instant().plus(LIFE).getEpochSecond();
    return "media/session-files/"
        + fileId
        + "?expires="
        + expires
        + "&signature="
        + signature(fileId, expires, viewerId);
  }

  /**
   * Whether {@code viewerId} (null when nobody is signed in) may open the link now: a signature
   * made for another viewer, file or expiry is refused before its expiry is even looked at.
   */
  Check check(UUID fileId, long expires, String signature, @Nullable UUID viewerId) {
    if (viewerId == null || !signer.valid(purpose(expires, viewerId), fileId, signature)) {
      return Check.REFUSED;
    }
    return clock.instant().getEpochSecond() >= expires ? Check.EXPIRED : Check.VALID;
  }

  /** How much longer a valid link works, for the download's cache lifetime. */
  Duration left(long expires) {
    Duration left = Duration.between(clock.instant(), Instant.ofEpochSecond(expires));
    return left.isNegative() ? Duration.ZERO : left.compareTo(LIFE) > 0 ? LIFE : left;
  }

  private String signature(UUID fileId, long expires, UUID viewerId) {
    return signer.token(purpose(expires, viewerId), fileId);
  }

  /** The purpose LinkSigner signs with the file's id: no other link's purpose looks like it. */
  private static String purpose(long expires, UUID viewerId) {
    return "session-file/" + viewerId + "/" + expires;
  }
}
