package com.otopair.notifications;

import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders a mail from {@code templates/mail/NAME.html} and {@code NAME.txt}, both inside the
 * Otopair layout. A new mail is a pair of template files and one call.
 */
@Component
public class MailTemplates {

  private final TemplateEngine html = engine(TemplateMode.HTML, ".html");
  private final TemplateEngine text = engine(TemplateMode.TEXT, ".txt");

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

  /** Renders template {@code name} for {@code to} with the given variables. */
  public OutgoingMail render(
      String name, String to, String subject, Map<String, Object> variables) {
    var context = new Context();
    context.setVariables(variables);
    context.setVariable("subject", subject);
    return new OutgoingMail(to, subject, text.process(name, context), html.process(name, context));
  }

  /** "Emma" of "Emma Wilson": how mails greet people. */
  static String firstName(String name) {
    int space = name.indexOf(' ');
    return space < 0 ? name : name.substring(0, space);
  }
}
