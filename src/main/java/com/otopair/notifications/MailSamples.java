package com.otopair.notifications;

import com.otopair.base.PublicLinks;
import java.nio.charset.StandardCharsets;
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
                  ("<svg xmlns='http://www.w3.org/2000/svg' width='40' height='40'>"
                          + "<rect width='40' height='40' rx='6' fill='#f2a541'/>"
                          + "<text x='20' y='26' font-family='Arial' font-size='16'"
                          + " font-weight='700' fill='#0f3d3e' text-anchor='middle'>GP</text></svg>")
                      .getBytes(StandardCharsets.UTF_8));

  private MailSamples() {}

  /** The sample values, with links to this installation. */
  public static Map<String, Object> values(PublicLinks links) {
    String manage = links.to("manage/3f1c2a9e-sample", "token", "sample-token");
    Map<String, Object> values = new TreeMap<>();
    values.put("name", "Emma");
    values.put("shop", "Garage Plateau");
    values.put("shopName", "Garage Plateau");
    values.put("shopLogo", LOGO);
    values.put("service", "Oil change");
    values.put("when", "Monday, March 9 at 9:00 AM (Toronto time)");
    values.put("mechanic", "Luc Bergeron");
    values.put("link", manage);
    values.put("price", "$80.00 CAD, pay at the shop");
    values.put("vehicle", "2019 Toyota Corolla");
    values.put("job", "J-1042");
    values.put("title", "Brake inspection");
    values.put("status", "In progress");
    values.put("who", "Garage Plateau");
    values.put("reason", "Our mechanic is ill that day");
    values.put("amount", "$80.00 CAD");
    values.put("method", "on Visa •••• 4242");
    values.put("what", "Oil change on March 9");
    values.put("paid", "$80.00 CAD");
    values.put("number", "GP-2026-0042");
    values.put("comment", "The pads are worn to 2 mm");
    values.put("pending", "$130.00 CAD");
    values.put("customer", "Emma Wilson");
    values.put("by", "Sophie Tremblay");
    values.put("online", true);
    values.put("detail", BookingMails.cancelledByYou("Garage Plateau", false));
    values.put("inviter", "Sophie Tremblay");
    values.put("pageLink", links.to("shops/garage-plateau"));
    values.put("dashboardLink", links.to("shop"));
    return values;
  }
}
