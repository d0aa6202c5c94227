package com.otopair.notifications;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.base.PublicLinks;
import com.otopair.consult.ReportUrgency;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Base64;
import java.util.Map;
import java.util.TreeMap;

/**
 * One set of sample values for every variable a mail template may use, for the preview page and the
 * template tests. A new template uses these names; a new name gets its sample here.
 */
public final class MailSamples {

  /** Who a sample mail is addressed to. */
  public static final String RECIPIENT = "emma.wilson@example.test";

  /** The shop's logo of the samples: a small picture inside the address, so it always loads. */
  private static final String LOGO =
      "data:image/svg+xml;base64,"
          + Base64.getEncoder()
              .encodeToString(
                  """
                  <svg xmlns='http://www.w3.org/2000/svg' width='40' height='40'>\
                  <rect width='40' height='40' rx='6' fill='#f2a541'/>\
                  <text x='20' y='26' font-family='Arial' font-size='16' \
                  font-weight='700' fill='#0f3d3e' text-anchor='middle'>GP</text></svg>"""
                      .getBytes(StandardCharsets.UTF_8));

  private MailSamples() {}

  /** The sample booking's time: Monday, March 9, 2026 at 9:00 in Montreal. */
  private static final Instant WHEN = Instant.parse("2026-03-09T13:00:00Z");

  private static final ZoneId ZONE = ZoneId.of("America/Toronto");

  /**
   * The sample values, with links to this installation, in the language of the moment: people's
   * data (names, the shop, the service) stays as they wrote it; times, amounts and Otopair's
   * sentences are in the reader's language.
   */
  public static Map<String, Object> values(PublicLinks links) {
    Formats formats = Formats.current();
    String manage = links.to("manage/3f1c2a9e-sample", "token", "sample-token");
    Money price = new Money(8000, "CAD");
    Map<String, Object> values = new TreeMap<>();
    values.put("name", "Emma"); // i18n: sample data, a person's name
    values.put("shop", "Garage Plateau"); // i18n: sample data, a shop's name
    values.put("shopName", "Garage Plateau"); // i18n: sample data, a shop's name
    values.put("shopLogo", LOGO);
    values.put("service", "Oil change"); // i18n: sample data, the shop's service
    values.put("when", formats.when(WHEN, ZONE));
    values.put("mechanic", "Luc Bergeron"); // i18n: sample data, a person's name
    values.put("link", manage);
    values.put("price", formats.money(price));
    values.put("vehicle", "2019 Toyota Corolla");
    values.put("job", "J-1042");
    values.put("title", "Brake inspection"); // i18n: sample data, the customer's words
    values.put("status", "In progress"); // i18n: sample data that no template shows
    values.put("who", "Garage Plateau"); // i18n: sample data, a shop's name
    values.put("reason", "Our mechanic is ill that day"); // i18n: sample data, the shop's words
    values.put("amount", formats.money(price));
    String card = "Visa •••• 4242"; // i18n: sample data, a card
    values.put("method", I18n.t("notifications.mail.payment-receipt.on-card", card));
    values.put("what", "Oil change · " + formats.monthDay(WHEN, ZONE)); // i18n: sample data
    values.put("paid", formats.money(price));
    values.put("number", "GP-2026-0042");
    values.put("comment", "The pads are worn to 2 mm"); // i18n: sample data, the shop's words
    values.put("pending", formats.money(new Money(13000, "CAD")));
    values.put("customer", "Emma Wilson"); // i18n: sample data, a person's name
    values.put("by", "Sophie Tremblay"); // i18n: sample data, a person's name
    values.put("online", true);
    values.put("detail", BookingMails.cancelledByYou((String) values.get("shop"), false));
    values.put("inviter", "Sophie Tremblay"); // i18n: sample data, a person's name
    values.put("pageLink", links.to("shops/garage-plateau"));
    values.put("dashboardLink", links.to("shop"));
    values.put("minutes", 15);
    values.put("ending", I18n.t("notifications.mail.session-ended.time-up"));
    values.put("urgency", ReportUrgency.URGENT.label());
    return values;
  }
}
