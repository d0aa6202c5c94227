package com.otopair.consult;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A file shared in a session's chat. {@code url} is a signed link for the reader alone that expires
 * after 15 minutes; it is null for a reader who may see the chat but not download its files (the
 * shop's other people, support).
 */
public record SessionFile(
    UUID id,
    UUID sessionId,
    UUID uploaderId,
    String name,
    String contentType,
    long sizeBytes,
    String fileKey,
    @Nullable String url,
    Instant sharedAt) {

  /** A photo (JPEG, PNG, WebP or HEIC) rather than a PDF. */
  public boolean image() {
    return contentType.startsWith("image/");
  }

  /** An image a browser shows inline, as a thumbnail (HEIC is only downloaded). */
  public boolean shown() {
    return SessionFileTypes.SHOWN.contains(contentType);
  }
}
