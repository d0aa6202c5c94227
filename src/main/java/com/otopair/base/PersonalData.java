package com.otopair.base;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What one module holds about one person: exported when they download their data, erased when they
 * delete their account. Each module that keeps a customer's data contributes one bean and reads or
 * changes only its own tables, so identity collects every module's part without depending on any.
 *
 * <p>Rows are plain maps (column to value) read with SQL: times as {@code Instant} or {@code
 * Timestamp}, money as minor units beside its currency. The export turns them into JSON.
 */
public interface PersonalData {

  /** Shown in place of a deleted customer's name wherever their records are kept. */
  String DELETED_NAME = "Deleted customer";

  /** Replaces free text a deleted customer wrote where a column may not be empty. */
  String ERASED_TEXT = "—";

  /** The export's sections this module fills, by name ("bookings", "vehicles"), in order. */
  Map<String, List<Map<String, Object>>> export(UUID userId);

  /**
   * Why this person may not delete their account now (a key of the module's bundle), if they may
   * not: a shop owner or mechanic while they work at a shop.
   */
  default Optional<String> deletionRefusal(UUID userId) {
    return Optional.empty();
  }

  /**
   * Erases the person's personal fields in this module's tables and ends what they have under way,
   * keeping what the law requires (amounts and dates of money). Runs once per account, inside the
   * deletion's transaction, while the person is still signed in.
   */
  void erase(UUID userId);
}
