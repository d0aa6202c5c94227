package com.otopair.notifications;

import com.otopair.base.FileStore;
import com.otopair.base.PublicLinks;
import com.otopair.shops.ShopMembership;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code templates/mail/NAME.html} and {@code NAME.txt}, both inside the
 * Otopair layout. A new mail is a pair of template files and one call.
 *
 * <p>Every mail gets the same frame whatever its caller passes: the HTML layout's header (the
 * shop's logo and name for a mail about a shop, Otopair's brand otherwise) and footer, and the
 * plain text's footer ({@code footer.txt}), both with the "Email preferences" link.
 */
@Component
public class MailTemplates {

  /** Where every mail's "Email preferences" link points. */
  static final String PREFERENCES_PATH = "preferences";

  /** The plain-text signature separator; whatever a text template puts after it is replaced. */
  private static final Pattern SIGNATURE = Pattern.compile("\\R-- ?\\R");

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");
  private final PublicLinks links;
  private final ShopMembership shops;

  MailTemplates(PublicLinks links, ShopMembership shops) {
    this.links = links;
    this.shops = shops;
  }

  private static TemplateEngine engine(TemplateMode mode, String suffix) {
    var resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("templates/mail/");
    resolver.setSuffix(suffix);
    resolver.setTemplateMode(mode);
    resolver.setCharacterEncoding("UTF-8");
    resolver.setCacheable(true);
    var engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }

  /** Renders template {@code name} for {@code to} with the given variables, as Otopair. */
  public OutgoingMail render(
      String name, String to, String subject, Map<String, Object> variables) {
    return render(name, to, subject, variables, null);
  }

  /**
   * Renders template {@code name} for {@code to}; a mail about shop {@code shopId} carries that
   * shop's logo and name at its top.
   */
  public OutgoingMail render(
      String name,
      String to,
      String subject,
      Map<String, Object> variables,
      @Nullable UUID shopId) {
    Map<String, Object> all = new HashMap<>(brand(shopId));
    all.putAll(variables);
    all.put("subject", subject);
    all.put("preferencesLink", links.to(PREFERENCES_PATH));
    all.putIfAbsent("shopName", "");
    all.putIfAbsent("shopLogo", "");
    var context = new Context();
    context.setVariables(all);
    String body = text.process(name, context);
    var signature = SIGNATURE.matcher(body);
    if (signature.find()) {
      body = body.substring(0, signature.start());
    }
    String plain = body.stripTrailing() + "\n\n" + text.process("footer", context);
    return new OutgoingMail(to, subject, plain, html.process(name, context), List.of(), name);
  }

  /** The shop's name and the absolute address of its logo, or nothing for Otopair's own brand. */
  private Map<String, Object> brand(@Nullable UUID shopId) {
    if (shopId == null) {
      return Map.of();
    }
    ShopMembership.Letterhead letterhead = shops.letterhead(shopId);
    String logo = letterhead.logoKey();
    return Map.of(
        "shopName",
        letterhead.name(),
        "shopLogo",
        logo == null ? "" : links.to(FileStore.url(logo)));
  }

  /** "Emma" of "Emma Wilson": how mails greet people. */
  static String firstName(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
