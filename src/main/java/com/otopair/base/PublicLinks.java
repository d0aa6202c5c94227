package com.otopair.base;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/** Absolute links to Otopair pages, for emails and anything else read outside the app. */
@Component
public class PublicLinks {

  private final String base;

  PublicLinks(@Value("${otopair.public-url}") String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
  }

  /** An absolute link to {@code path} with one query parameter. */
  public String to(String path, String parameter, String value) {
    return UriComponentsBuilder.fromUriString(to(path))
        .queryParam(parameter, value)
        .build()
        .toUriString();
  }

  /**
   * How {@code path} reads to people, without the scheme ({@code otopair.com/shops/…}): the
   * configured public address, so pages never name another host than the one that serves them.
   */
  public String display(String path) {
    return to(path).replaceFirst("^[a-zA-Z][a-zA-Z0-9+.-]*://", "");
  }

  /** An absolute link to {@code path}. */
  public String to(String path) {
    return base + (path.startsWith("/") ? path : "/" + path);
  }
}
