package com.otopair.consult.ui;

import com.otopair.base.ui.Badge;
import com.otopair.consult.ReportUrgency;
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

  /** How soon a summary's repair should be done, coloured from calm to "do not drive". */
  static Badge urgency(ReportUrgency urgency) {
    var badge =
        new Badge(
            urgency.label(),
            switch (urgency) {
              case ROUTINE -> Badge.Tone.SUCCESS;
              case SOON -> Badge.Tone.NEUTRAL;
              case URGENT -> Badge.Tone.WARNING;
              case STOP -> Badge.Tone.ERROR;
            });
    badge.addClassName("otopair-urgency");
    return urgency == ReportUrgency.STOP ? badge.filled() : badge;
  }
}
