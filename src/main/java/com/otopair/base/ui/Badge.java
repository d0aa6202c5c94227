package com.otopair.base.ui;

import com.vaadin.flow.component.html.Span;

/**
 * A status in a word or two, coloured by what it means for the reader: Lumo's badge theme, the one
 * way every screen shows a status. A tone that asks for attention now (work under way, a payment to
 * capture) may be {@link #filled()}.
 */
public class Badge extends Span {

  /** What a status means for the reader, as Lumo's badge colours. */
  public enum Tone {
    /** Nothing to do: a plain blue badge. */
    NEUTRAL(""),
    /** Done, on, paid. */
    SUCCESS("success"),
    /** Waits for someone. */
    WARNING("warning"),
    /** Failed, cancelled, refused. */
    ERROR("error"),
    /** Over or pending, and quiet about it. */
    CONTRAST("contrast");

    private final String theme;

    Tone(String theme) {
      this.theme = theme;
    }
  }

  public Badge(String text, Tone tone) {
    super(text);
    getElement().getThemeList().add("badge");
    tone(tone);
  }

  /** An empty badge, for a status that is shown later with {@link #show}. */
  public Badge() {
    this("", Tone.NEUTRAL);
  }

  /** Says a new status, for a badge that stays on screen while its status changes. */
  public Badge show(String text, Tone tone) {
    setText(text);
    getElement().getThemeList().remove("primary");
    tone(tone);
    return this;
  }

  private void tone(Tone tone) {
    var themes = getElement().getThemeList();
    for (Tone each : Tone.values()) {
      if (!each.theme.isEmpty()) {
        themes.remove(each.theme);
      }
    }
    if (!tone.theme.isEmpty()) {
      themes.add(tone.theme);
    }
  }

  /** The strong variant of the tone, for the one status on a screen that wants action now. */
  public Badge filled() {
    getElement().getThemeList().add("primary");
    return this;
  }
}
