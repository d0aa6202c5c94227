package com.otopair.base.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.ExtendedClientDetails;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;

/**
 * What a refused person reads when a rate limit stops them: how long to wait, and on a page whose
 * browser told its time zone, the clock time too.
 */
public final class RateLimitTexts {

  private RateLimitTexts() {}

  /** "Too many tries. Try again in 12 min (at 2:35 PM)." or, with no zone known, without "at". */
  public static String tryAgain(Instant retryAt, Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    String in = Formats.current().duration((int) Math.min(minutes, Integer.MAX_VALUE));
    return browserZone()
        .map(
            zone ->
                I18n.t("base.rate-limit.try-again-at", in, Formats.current().time(retryAt, zone)))
        .orElseGet(() -> I18n.t("base.rate-limit.try-again", in));
  }

  /** The page's time zone, once its browser told it (not on the very first request). */
  private static Optional<ZoneId> browserZone() {
    UI ui = UI.getCurrent();
    if (ui == null) {
      return Optional.empty();
    }
    ExtendedClientDetails details = ui.getPage().getExtendedClientDetails();
    if (details == null || details.getTimeZoneId() == null || details.getTimeZoneId().isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(ZoneId.of(details.getTimeZoneId()));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }
}
