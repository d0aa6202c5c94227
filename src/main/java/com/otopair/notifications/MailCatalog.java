package com.otopair.notifications;

import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every mail Otopair sends: the templates found in {@code templates/mail} (an HTML file that is not
 * a fragment such as the layout or the button), each with its subject line. A new mail is a pair of
 * template files, its words in the bundles and, for its subject, one line in {@link #SUBJECTS}; the
 * preview page and the template tests find it on their own, in both languages.
 */
@Component
public class MailCatalog {

  /** A template rendered with the sample values. */
  public record Preview(String template, String to, String subject, String html, String text) {}

  /**
   * Each mail's subject: the key {@code notifications.mail.NAME.subject} of the bundles, its
   * placeholders {@code {0}, {1}...} filled with these values of the mail, in this order. Listeners
   * take their subject from here, so the preview shows exactly what is sent.
   */
  static final Map<String, List<String>> SUBJECTS =
      Map.ofEntries(
          Map.entry("booking-confirmed", List.of("service", "shop", "when")),
          Map.entry("booking-rescheduled", List.of("service", "shop", "when")),
          Map.entry("booking-cancelled", List.of("who")),
          Map.entry("booking-cancelled-by-you", List.of("service", "shop", "when")),
          Map.entry("waitlist-offer", List.of("shop")),
          Map.entry("job-assigned", List.of("job", "title")),
          Map.entry("job-accepted", List.of("shop", "title")),
          Map.entry("estimate-ready", List.of("shop", "title")),
          Map.entry("job-completed", List.of("title", "shop")),
          Map.entry("review-request", List.of("shop")),
          Map.entry("reminder-24h", List.of("service", "shop")),
          Map.entry("reminder-1h", List.of("service", "shop")),
          Map.entry("payment-receipt", List.of("shop")),
          Map.entry("refund-issued", List.of("amount", "what")),
          Map.entry("verify-email", List.of()),
          Map.entry("confirm-new-email", List.of()),
          Map.entry("reset-password", List.of()),
          Map.entry("claim-account", List.of()),
          Map.entry("sign-in-alert", List.of()),
          Map.entry("invitation", List.of("inviter", "shop")),
          Map.entry("shop-approved", List.of("shop")),
          Map.entry("shop-deactivated", List.of("shop")),
          Map.entry("session-requested", List.of("shop")),
          Map.entry("mechanic-joined", List.of("mechanic")),
          Map.entry("session-ended", List.of("shop")),
          Map.entry("session-expired", List.of("shop")),
          Map.entry("session-missed", List.of("shop")),
          Map.entry("session-starting", List.of("service", "who")),
          Map.entry("session-nudged", List.of("customer")),
          Map.entry("session-unattended", List.of("shop")),
          Map.entry("summary-delivered", List.of("mechanic")),
          Map.entry("follow-up-answered", List.of()),
          Map.entry("review-answered", List.of("shop")),
          Map.entry("review-hidden", List.of("shop")),
          Map.entry("review-hidden-shop", List.of("shop")));

  private final MailTemplates templates;
  private final PublicLinks links;
  private final List<String> names;

  MailCatalog(MailTemplates templates, PublicLinks links) {
    this.templates = templates;
    this.links = links;
    this.names = discover();
  }

  /** The names of every mail template, in alphabetical order. */
  public List<String> names() {
    return names;
  }

  /**
   * Template {@code name} rendered with the sample values in {@code locale}, under the Otopair
   * brand of a shop.
   */
  public Preview preview(String name, Locale locale) {
    if (!names.contains(name)) {
      throw new IllegalArgumentException("No mail template " + name);
    }
    OutgoingMail mail =
        I18n.in(
            locale,
            () -> {
              Map<String, Object> values = MailSamples.values(links);
              return templates.renderIn(
                  locale, name, MailSamples.RECIPIENT, subject(name, values), values, null);
            });
    return new Preview(name, mail.to(), mail.subject(), mail.html(), mail.text());
  }

  /** Template {@code name} with the sample values, in the reader's language. */
  public Preview preview(String name) {
    return preview(name, I18n.current());
  }

  /**
   * The subject of mail {@code name} with these values, in the language of the moment; a template
   * without a line in {@link #SUBJECTS} gets one made of its name ("Some new mail · Garage
   * Plateau") until it has its key.
   */
  public static String subject(String name, Map<String, ?> values) {
    List<String> variables = SUBJECTS.get(name);
    if (variables == null) {
      String words = name.replace('-', ' ');
      return words.substring(0, 1).toUpperCase(Locale.ROOT)
          + words.substring(1)
          + (values.containsKey("shop") ? " · " + values.get("shop") : ""); // i18n: a stand-in
    }
    return I18n.t(
        "notifications.mail." + name + ".subject",
        variables.stream().map(variable -> String.valueOf(values.get(variable))).toArray());
  }

  /** The mail templates on the classpath: {@code templates/mail/*.html} minus the fragments. */
  static List<String> discover() {
    try {
      Resource[] found =
          new PathMatchingResourcePatternResolver(MailCatalog.class.getClassLoader())
              .getResources("classpath*:templates/mail/*.html");
      var names = new TreeSet<String>();
      for (Resource resource : found) {
        String file = resource.getFilename();
        if (file == null) {
          continue;
        }
        String content = resource.getContentAsString(StandardCharsets.UTF_8);
        if (!content.contains("th:fragment")) {
          names.add(file.substring(0, file.length() - ".html".length()));
        }
      }
      return List.copyOf(new ArrayList<>(names));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not list the mail templates", e);
    }
  }
}
