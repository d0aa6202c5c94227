package com.otopair.consult.ui;

import com.otopair.consult.SessionStatus;
import com.otopair.consult.SessionSummary;
import com.vaadin.flow.component.html.Span;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The time left in an active session, counting down in the browser every second from what the
 * server says is left (so a browser clock that is off does not matter). The session ends on the
 * server, whatever this shows.
 */
class SessionTimer extends Span {

  private static final String COUNTDOWN =
      "const el = this; clearInterval(el.otopairTimer);" // i18n: script
          + " const end = performance.now() + $0; const pattern = $1;" // i18n: script
          + " const tick = () => { const s = Math.max(0, Math.round((end - performance.now()) / 1000));" // i18n: script
          + " el.textContent = pattern.replace('{0}', Math.floor(s / 60) + ':' + String(s % 60).padStart(2, '0'));" // i18n: script
          + " if (s === 0) { clearInterval(el.otopairTimer); } };" // i18n: script
          + " tick(); el.otopairTimer = setInterval(tick, 1000);"; // i18n: script

  private final Clock clock;

  SessionTimer(Clock clock) {
    this.clock = clock;
    setId("session-timer");
    addClassName("otopair-session-timer");
    getElement().setAttribute("role", "timer");
  }

  /** Shows the time left of an active session; hides itself otherwise. */
  void show(SessionSummary session) {
    Instant endsAt = session.endsAt();
    if (session.status() != SessionStatus.ACTIVE || endsAt == null) {
      getElement().executeJs("clearInterval(this.otopairTimer)");
      setVisible(false);
      return;
    }
    long left = Math.max(0, Duration.between(clock.instant(), endsAt).toMillis());
    long seconds = Math.round(left / 1000.0);
    setText(getTranslation("consult.timer.left", seconds / 60 + ":" + pad(seconds % 60)));
    getElement().setAttribute("data-ends-at", endsAt.toString());
    getElement().executeJs(COUNTDOWN, left, getTranslation("consult.timer.left", "{0}"));
    setVisible(true);
  }

  private static String pad(long seconds) {
    return seconds < 10 ? "0" + seconds : String.valueOf(seconds);
  }
}
