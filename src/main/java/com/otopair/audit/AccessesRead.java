package com.otopair.audit;

import java.util.List;

/**
 * Reads of personal data buffered for a moment and handed to the outbox together, to be written in
 * one transaction after the publishing one commits.
 */
public record AccessesRead(List<AccessEntry> entries) {

  public AccessesRead {
    entries = List.copyOf(entries);
  }
}
