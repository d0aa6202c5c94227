package com.otopair.notifications;

import com.otopair.notifications.domain.CapturedMail;
import com.otopair.notifications.domain.CapturedMailRepository;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;

/**
 * SMTP when {@code spring.mail.host} is set; otherwise mail is kept for the dev mailbox. Either way
 * each mail is written to the {@link MailLog}.
 */
@Configuration(proxyBeanMethods = false)
class MailTransports {

  @Bean
  @ConditionalOnProperty("spring.mail.host")
  MailTransport smtpTransport(
      JavaMailSender sender,
      @Value("${otopair.mail.from}") String from,
      MailLog log,
      TransactionTemplate transactions) {
    return logged(
        log,
        transactions,
        new MailTransport() {
          @Override
          public void send(OutgoingMail mail) {
            MimeMessage message = sender.createMimeMessage();
            try {
              var helper = new MimeMessageHelper(message, true, "UTF-8");
              helper.setFrom(from);
              helper.setTo(mail.to());
              helper.setSubject(mail.subject());
              helper.setText(mail.text(), mail.html());
              for (OutgoingMail.Attachment attachment : mail.attachments()) {
                helper.addAttachment(
                    attachment.filename(),
                    new ByteArrayResource(attachment.content()),
                    attachment.contentType());
              }
            } catch (MessagingException e) {
              throw new MailSendException(
                  "Could not build the mail to " + mail.to(), e); // i18n: logs
            }
            sender.send(message);
          }

          @Override
          public boolean capturing() {
            return false;
          }
        });
  }

  @Bean
  @Conditional(NoSmtpHost.class)
  MailTransport capturingTransport(
      CapturedMailRepository captured,
      Clock clock,
      ApplicationEventPublisher events,
      MailLog log,
      TransactionTemplate transactions) {
    return logged(
        log,
        transactions,
        new MailTransport() {
          @Override
          public void send(OutgoingMail mail) {
            captured.save(
                new CapturedMail(
                    mail.to(), mail.subject(), mail.text(), mail.html(), clock.instant()));
            events.publishEvent(new MailCaptured(mail.to()));
          }

          @Override
          public boolean capturing() {
            return true;
          }
        });
  }

  /** Every transport writes the email log. */
  private static MailTransport logged(
      MailLog log, TransactionTemplate transactions, MailTransport delivery) {
    return new LoggedMailTransport(delivery, log, transactions);
  }

  static class NoSmtpHost implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"));
    }
  }
}
