package com.otopair.payments;

import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A sentence Otopair writes on a payment and several people read later (why a hold was released,
 * why a refund was made), each in their own language: it is stored as its key and values, and put
 * into words when read. A value is another sentence of the bundles ({@link #word}), an amount (read
 * in the reader's money format) or text kept as it was given (a number, Stripe's own words). What
 * was stored before (plain English) reads as it was written.
 */
final class StoredText {

  /** Between the key and each value; never typed by people. */
  private static final String SEPARATOR = "\u001f";

  private static final char WORD = 'w';
  private static final char MONEY = 'm';
  private static final char TEXT = 't';

  /** A value that is itself a key of the bundles, read in the reader's language. */
  record Word(String key) {

    /** The word in the reader's language, when it fills a sentence read later. */
    @Override
    public String toString() {
      return I18n.t(key);
    }
  }

  private StoredText() {}

  /** A key of the bundles as a value. */
  static Word word(String key) {
    return new Word(key);
  }

  /**
   * A refusal as a value: its key when it has no values of its own (a declined card), else its
   * words as they read now.
   */
  static Object word(InvalidRequestException refusal) {
    return refusal.args().length == 0 && I18n.isKey(refusal.key())
        ? word(refusal.key())
        : refusal.getMessage();
  }

  /** The sentence {@code key} with {@code args}, as stored. */
  static String of(String key, Object... args) {
    var stored = new StringBuilder(key);
    for (Object arg : args) {
      stored.append(SEPARATOR);
      switch (arg) {
        case Word word -> stored.append(WORD).append(word.key());
        case Money money ->
            stored.append(MONEY).append(money.minor()).append(' ').append(money.currency());
        default -> stored.append(TEXT).append(arg);
      }
    }
    return stored.toString();
  }

  /** The stored sentence in the reader's language, or null when nothing was stored. */
  static @Nullable String readOrNull(@Nullable String stored) {
    return stored == null ? null : read(stored);
  }

  /** The stored sentence in the reader's language; text that is no key reads as it is. */
  static String read(String stored) {
    List<String> parts = Arrays.asList(stored.split(SEPARATOR, -1));
    String key = parts.getFirst();
    if (!I18n.isKey(key) || !I18n.has(key)) {
      return stored;
    }
    List<Object> args = new ArrayList<>();
    for (String part : parts.subList(1, parts.size())) {
      String value = part.isEmpty() ? "" : part.substring(1);
      args.add(
          switch (part.isEmpty() ? TEXT : part.charAt(0)) {
            case WORD -> I18n.t(value);
            case MONEY -> money(value);
            default -> value;
          });
    }
    return I18n.t(key, args.toArray());
  }

  private static String money(String stored) {
    String[] parts = stored.split(" ");
    return new Money(Long.parseLong(parts[0]), parts[1]).format();
  }
}
