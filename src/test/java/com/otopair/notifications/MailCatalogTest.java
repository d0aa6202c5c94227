package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.support.IntegrationTest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every mail template in the folder renders, as HTML and as plain text, with the sample values:
 * nothing left unresolved, the shop's brand and the "Email preferences" link in both, and a sample
 * for every variable a template uses.
 */
class MailCatalogTest extends IntegrationTest {

  /** The variable names the shared sample data must cover (the team's list). */
  static final List<String> SHARED_NAMES =
      List.of(
          "name",
          "shop",
          "service",
          "when",
          "mechanic",
          "link",
          "price",
          "vehicle",
          "job",
          "title",
          "status",
          "who",
          "reason",
          "amount",
          "method",
          "what",
          "paid",
          "number",
          "comment",
          "pending",
          "customer",
          "by",
          "online",
          "detail");

  /** What MailTemplates.render sets itself, and the layout's fragment parameter. */
  static final Set<String> FROM_RENDER = Set.of("subject", "preferencesLink", "content");

  private static final Pattern VARIABLE = Pattern.compile("\\$\\{\\s*([A-Za-z_]\\w*)");

  @Autowired MailCatalog catalog;
  @Autowired PublicLinks links;

  @Test
  void theCatalogFindsEveryTemplateInTheFolderButNotTheFragments() {
    assertThat(catalog.names())
        .contains(
            "booking-confirmed",
            "booking-rescheduled",
            "booking-cancelled-by-you",
            "job-accepted",
            "job-completed",
            "review-request",
            "payment-receipt",
            "verify-email")
        .doesNotContain("layout", "button", "footer");
  }

  @Test
  void everyTemplateRendersWithTheSamplesLeavingNothingUnresolved() {
    String preferences = links.to("preferences");
    for (String name : catalog.names()) {
      MailCatalog.Preview mail = catalog.preview(name);
      for (String body : List.of(mail.html(), mail.text(), mail.subject())) {
        assertThat(body)
            .as(name)
            // " th:" is a Thymeleaf attribute left over; "width:" alone is CSS.
            .doesNotContain("${", "[(", "[[", " th:", "[# th", "null", "??", "{shop}", "{service}");
      }
      assertThat(mail.html())
          .as(name)
          .contains("href=\"" + preferences + "\"", "Email preferences", "Garage Plateau");
      assertThat(mail.text())
          .as(name)
          .contains("Email preferences: " + preferences, "Garage Plateau on Otopair")
          .containsOnlyOnce("\n-- \n");
      assertThat(mail.subject()).as(name).isNotBlank();
    }
  }

  @Test
  void everyTemplateRendersInEnglishAndInFrenchFromTheBundles() {
    for (String name : catalog.names()) {
      MailCatalog.Preview english = catalog.preview(name, I18n.ENGLISH);
      MailCatalog.Preview french = catalog.preview(name, I18n.FRENCH);
      for (MailCatalog.Preview mail : List.of(english, french)) {
        for (String body : List.of(mail.subject(), mail.html(), mail.text())) {
          assertThat(body).as(name).isNotBlank().doesNotContain("!notifications.", "#{", "??");
        }
      }
      assertThat(french.subject()).as(name).isNotEqualTo(english.subject());
      assertThat(french.html()).as(name).isNotEqualTo(english.html());
      assertThat(french.text()).as(name).isNotEqualTo(english.text());
      assertThat(french.text())
          .as(name)
          .contains("Préférences de courriel", "Garage Plateau sur Otopair")
          .doesNotContain("Email preferences", "Hello", "Reminder");
    }
    MailCatalog.Preview booked = catalog.preview("booking-confirmed", I18n.FRENCH);
    assertThat(booked.subject()).startsWith("Réservé\u00a0: Oil change chez Garage Plateau, lundi");
    assertThat(booked.text())
        .contains("Bonjour Emma,", "Gérer votre réservation\u00a0:", "lundi 9 mars à 9 h 00");
    assertThat(booked.html()).contains("lang=\"fr\"", "Gérer votre réservation");
  }

  @Test
  void theSamplesCoverEveryVariableATemplateUses() throws IOException {
    Set<String> samples = MailSamples.values(links).keySet();
    assertThat(samples).containsAll(SHARED_NAMES);
    List<String> files = new ArrayList<>();
    for (String name : catalog.names()) {
      files.add(name + ".html");
      files.add(name + ".txt");
    }
    files.addAll(List.of("layout.html", "footer.txt"));
    for (String file : files) {
      Set<String> used = variables(read(file));
      used.removeAll(FROM_RENDER);
      assertThat(samples).as(file).containsAll(used);
    }
  }

  @Test
  void aSubjectIsFilledFromTheMailsValues() {
    assertThat(
            MailCatalog.subject(
                "booking-rescheduled",
                Map.of("service", "Oil change", "shop", "Garage Plateau", "when", "now")))
        .isEqualTo("Moved: Oil change at Garage Plateau, now");
    assertThat(
            MailCatalog.subject(
                "reminder-24h", Map.of("service", "Oil change", "shop", "Garage Plateau")))
        .isEqualTo("Reminder: Oil change at Garage Plateau tomorrow");
    // A template without a subject line yet gets one made of its name.
    assertThat(MailCatalog.subject("some-new-mail", Map.of("shop", "Garage Plateau")))
        .isEqualTo("Some new mail · Garage Plateau");
  }

  private static Set<String> variables(String template) {
    Set<String> names = new TreeSet<>();
    Matcher matcher = VARIABLE.matcher(template);
    while (matcher.find()) {
      names.add(matcher.group(1));
    }
    return names;
  }

  private static String read(String file) throws IOException {
    try (InputStream in =
        MailCatalogTest.class.getClassLoader().getResourceAsStream("templates/mail/" + file)) {
      assertThat(in).as(file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
