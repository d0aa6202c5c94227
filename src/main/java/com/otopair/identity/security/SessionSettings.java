package com.otopair.identity.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a signed-in session lasts without "keep me signed in" ({@code otopair.sessions.*}).
 *
 * @param idle without a request of the person's own (a click, a key, a page), the session ends
 * @param absolute however active, the session ends this long after signing in
 * @param warnBefore the open page warns this long before either end
 * @param checkEvery how often, at most, a session's Vaadin requests re-read whether an admin ended
 *     the user's sessions on any node; a page load always reads it
 */
@ConfigurationProperties("otopair.sessions")
public record SessionSettings(
    @DefaultValue("PT30M") Duration idle,
    @DefaultValue("PT12H") Duration absolute,
    @DefaultValue("PT2M") Duration warnBefore,
    @DefaultValue("PT5S") Duration checkEvery) {

  /** The idle timeout in whole minutes, as the pages say it. */
  public long idleMinutes() {
    return idle.toMinutes();
  }

  /** The absolute timeout in whole hours, as the pages say it. */
  public long absoluteHours() {
    return absolute.toHours();
  }
}
