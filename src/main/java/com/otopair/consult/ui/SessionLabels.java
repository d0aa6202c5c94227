package com.otopair.consult.ui;

import com.otopair.base.ui.Badge;
import com.otopair.consult.SessionStatus;

/** How a session's state looks wherever it is shown. */
final class SessionLabels {

  private SessionLabels() {}

  static Badge.Tone tone(SessionStatus status) {
    return switch (status) {
      case SCHEDULED, PAYING -> Badge.Tone.CONTRAST;
      case WAITING -> Badge.Tone.WARNING;
      case ACTIVE -> Badge.Tone.SUCCESS;
      case ENDED -> Badge.Tone.NEUTRAL;
      case EXPIRED -> Badge.Tone.ERROR;
      case CANCELLED -> Badge.Tone.CONTRAST;
    };
  }

  static Badge badge(SessionStatus status) {
    return new Badge(status.label(), tone(status));
  }
}
