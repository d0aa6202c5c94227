package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A line of a session's chat as a reader sees it: a person's words, photo or shared file, or
 * Otopair's own notice ({@code authorId} null) already in the reader's language.
 */
public record ChatLine(
    long id,
    @Nullable UUID authorId,
    @Nullable String authorName,
    String text,
    @Nullable String photoUrl,
    Instant sentAt,
    @Nullable SessionFile file) {

  public boolean notice() {
    return authorId == null;
  }
}
