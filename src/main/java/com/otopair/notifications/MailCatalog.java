package com.otopair.notifications;

import com.otopair.base.PublicLinks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every mail Otopair sends: the templates found in {@code templates/mail} (an HTML file that is not
 * a fragment such as the layout or the button), each with its subject line. A new mail is a pair of
 * template files and, for its subject, one line in {@link #SUBJECTS}; the preview page and the
 * template tests find it on their own.
 */
@Component
public class MailCatalog {

  /** A template rendered with the sample values. */
  public record Preview(String template, String to, String subject, String html, String text) {}

  /**
   * Subject lines, with {@code {variable}} filled from the mail's values. Listeners of the newer
   * mails take their subject from here, so the preview shows exactly what is sent.
   */
  static final Map<String, String> SUBJECTS =
      Map.ofEntries(
          Map.entry("booking-confirmed", "Booked: {service} at {shop}, {when}"),
          Map.entry("booking-rescheduled", "Moved: {service} at {shop}, {when}"),
          Map.entry("booking-cancelled", "{who} cancelled your booking"),
          Map.entry("booking-cancelled-by-you", "Cancelled: {service} at {shop}, {when}"),
          Map.entry("waitlist-offer", "A slot opened at {shop}: held for you for 15 minutes"),
          Map.entry("job-assigned", "{job} is yours: {title}"),
          Map.entry("job-accepted", "{shop} accepted your job: {title}"),
          Map.entry("estimate-ready", "{shop} needs your approval: {title}"),
          Map.entry("job-completed", "Done: {title} at {shop}"),
          Map.entry("review-request", "How did it go at {shop}?"),
          Map.entry("reminder-24h", "Reminder: {service} at {shop} tomorrow"),
          Map.entry("reminder-1h", "Reminder: {service} at {shop} in an hour"),
          Map.entry("payment-receipt", "Your receipt from {shop}"),
          Map.entry("refund-issued", "{amount} refunded for {what}"),
          Map.entry("verify-email", "Confirm your email for Otopair"),
          Map.entry("confirm-new-email", "Confirm your new email for Otopair"),
          Map.entry("reset-password", "Reset your Otopair password"),
          Map.entry("invitation", "{inviter} invites you to join {shop} on Otopair"),
          Map.entry("shop-approved", "{shop} is live on Otopair"),
          Map.entry("shop-deactivated", "{shop} was deactivated on Otopair"));

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

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

  /** Template {@code name} rendered with the sample values, under the Otopair brand of a shop. */
  public Preview preview(String name) {
    if (!names.contains(name)) {
      throw new IllegalArgumentException("No mail template " + name);
    }
    Map<String, Object> values = MailSamples.values(links);
    OutgoingMail mail =
        templates.render(name, MailSamples.RECIPIENT, subject(name, values), values);
    return new Preview(name, mail.to(), mail.subject(), mail.html(), mail.text());
  }

  /**
   * The subject of mail {@code name} with these values; a template without a line in {@link
   * #SUBJECTS} gets one made of its name ("Reminder 24h · Garage Plateau").
   */
  public static String subject(String name, Map<String, ?> values) {
    String pattern = SUBJECTS.get(name);
    if (pattern == null) {
      String words = name.replace('-', ' ');
      pattern =
          words.substring(0, 1).toUpperCase(Locale.ROOT)
              + words.substring(1)
              + (values.containsKey("shop") ? " · {shop}" : "");
    }
    Matcher matcher = VARIABLE.matcher(pattern);
    var out = new StringBuilder();
    while (matcher.find()) {
      Object value = values.get(matcher.group(1));
      matcher.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? matcher.group() : value.toString()));
    }
    matcher.appendTail(out);
    return out.toString();
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
