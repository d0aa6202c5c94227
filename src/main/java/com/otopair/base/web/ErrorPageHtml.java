package com.otopair.base.web;

import com.otopair.base.I18n;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * The small branded page that the error page shows outside Vaadin's pages, in the visitor's
 * language: the logo, what happened in one sentence, and the way home. The same words as Vaadin's
 * error pages; never a stack trace, never the server's name.
 */
public final class ErrorPageHtml {

  private static final String PAGE =
      """
      <!DOCTYPE html>
      <html lang="%s">
      <head>
      <meta charset="utf-8">
      <meta name="viewport" content="width=device-width, initial-scale=1">
      <title>%s</title>
      <style>
      body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;\
      background:#f3f5f4;color:#1b2a2b}
      main{max-width:36rem;margin:0 auto;padding:2rem 1.25rem}
      .brand{display:inline-flex;align-items:center;gap:.5rem;color:#0f3d3e;font-weight:700;\
      font-size:1.25rem;text-decoration:none}
      .brand img{width:2rem;height:2rem}
      h1{font-size:1.5rem;margin:2rem 0 .75rem}
      p{color:#5b6b6c;line-height:1.5}
      .home{display:inline-block;margin-top:1rem;padding:.6rem 1.1rem;border-radius:.5rem;\
      background:#1b5e5f;color:#fff;text-decoration:none;font-weight:600}
      </style>
      </head>
      <body>
      <main>
      <a class="brand" href="%s"><img src="%sthemes/otopair/logo.svg" alt="">%s</a>
      <h1>%s</h1>
      <p>%s</p>
      <a class="home" href="%s">%s</a>
      </main>
      </body>
      </html>
      """; // i18n: markup; its words come from the bundles

  private ErrorPageHtml() {}

  /**
   * The page for {@code status} in {@code locale}; {@code home} is the application's root ("/"),
   * {@code reference} the one logged with a server error.
   */
  public static String render(
      HttpStatus status, Locale locale, String home, @Nullable String reference) {
    String page = page(status);
    String text =
        status.is5xxServerError()
            ? I18n.t(locale, page + "text", reference == null ? "" : reference)
            : I18n.t(locale, page + "text");
    return PAGE.formatted(
        escape(I18n.supported(locale).toLanguageTag()),
        escape(I18n.t(locale, page + "title")),
        escape(home),
        escape(home),
        "Otopair", // i18n: the brand
        escape(I18n.t(locale, page + "heading")),
        escape(text),
        escape(home),
        escape(I18n.t(locale, "base.error-page.home")));
  }

  /** The keys' common start for {@code status}: the same pages as Vaadin's error views. */
  private static String page(HttpStatus status) {
    if (status.is5xxServerError()) {
      return "base.error-view.";
    }
    return switch (status) {
      case NOT_FOUND -> "base.not-found.";
      case FORBIDDEN -> "base.access-denied.";
      default -> "base.error-page.refused.";
    };
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
