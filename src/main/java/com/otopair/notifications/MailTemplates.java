package com.otopair.notifications;

import com.otopair.base.FileStore;
import com.otopair.base.I18n;
import com.otopair.base.PublicLinks;
import com.otopair.identity.AccountLanguages;
import com.otopair.shops.ShopMembership;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.messageresolver.IMessageResolver;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code templates/mail/NAME.html} and {@code NAME.txt}, both inside the
 * Otopair layout. A new mail is a pair of template files and one call.
 *
 * <p>Every mail gets the same frame whatever its caller passes: the HTML layout's header (the
 * shop's logo and name for a mail about a shop, Otopair's brand otherwise) and footer, and the
 * plain text's footer ({@code footer.txt}), both with the "Email preferences" link.
 *
 * <p>A mail is written in its recipient's language, whoever triggers it: the language on the
 * account of the address it goes to, or, for an address with no account yet (an invitation), the
 * language of the moment ({@link I18n#current()}, which a caller may set with {@link I18n#in}).
 * Templates take their words from the bundles ({@code #{notifications.mail...}}), and whatever the
 * caller computes inside {@link #in(String, Supplier)} (dates, amounts, sentences) is in that
 * language too.
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
  private final AccountLanguages languages;

  MailTemplates(PublicLinks links, ShopMembership shops, AccountLanguages languages) {
    this.links = links;
    this.shops = shops;
    this.languages = languages;
  }

  /** The language mails to {@code to} are written in. */
  public Locale languageOf(String to) {
    return languages.ofEmail(to).orElseGet(I18n::current);
  }

  /**
   * Runs {@code work} in the language of mails to {@code to}: a listener computes its mail's values
   * and renders it inside, so its dates, amounts and sentences read in the recipient's language.
   */
  public <T> T in(String to, Supplier<T> work) {
    return I18n.in(languageOf(to), work);
  }

  /**
   * Runs {@code work} in the language of account {@code userId}: for a listener that reads its
   * mail's recipient, and what it renders about them (a receipt's PDF), only inside.
   */
  public <T> T inLanguageOf(UUID userId, Supplier<T> work) {
    return I18n.in(languages.of(userId).orElseGet(I18n::current), work);
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
    engine.setMessageResolver(new BundleMessages());
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
    return renderIn(languageOf(to), name, to, subject, variables, shopId);
  }

  /** Renders template {@code name} in {@code locale}, whoever it goes to: the preview's way. */
  OutgoingMail renderIn(
      Locale locale,
      String name,
      String to,
      String subject,
      Map<String, Object> variables,
      @Nullable UUID shopId) {
    return I18n.in(locale, () -> renderNow(locale, name, to, subject, variables, shopId));
  }

  private OutgoingMail renderNow(
      Locale locale,
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
    var context = new Context(locale);
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

  /** What {@code #{key(args)}} in a template reads: the bundles, in the mail's language. */
  private static final class BundleMessages implements IMessageResolver {

    @Override
    public String getName() {
      return "Otopair bundles"; // i18n: a name for Thymeleaf
    }

    @Override
    public Integer getOrder() {
      return 0;
    }

    @Override
    public String resolveMessage(
        ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      return I18n.t(context.getLocale(), key, parameters == null ? new Object[0] : parameters);
    }

    @Override
    public String createAbsentMessageRepresentation(
        ITemplateContext context, Class<?> origin, String key, Object[] parameters) {
      return "!" + key + "!";
    }
  }

  /** "Emma" of "Emma Wilson": how mails greet people. */
  static String firstName(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
