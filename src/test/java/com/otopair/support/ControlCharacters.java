package com.otopair.support;

import java.util.List;

/**
 * What a fuzzer types into text fields: NUL (which PostgreSQL cannot store), a bell, an escape
 * sequence that clears a terminal, DEL and the C1 "next line". No field accepts any of them.
 */
public final class ControlCharacters {

  public static final List<String> ALL =
      List.of("\u0000", "\u0007", "\u001b[2J", "\u007f", "\u0085");

  /** Part of the message every such refusal shows next to its field. */
  public static final String MESSAGE = "control character";

  private ControlCharacters() {}
}
