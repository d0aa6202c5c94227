package com.otopair.notifications;

import com.otopair.base.Searches;
import com.otopair.notifications.domain.CapturedMail;
import com.otopair.notifications.domain.CapturedMailRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail kept on a machine without SMTP. Only enabled in that mode, where it lets anyone working
 * on Otopair open verification and reset links without a real inbox.
 */
@Service
@Transactional(readOnly = true)
public class DevMailbox {

  /** One kept mail. */
  public record Mail(
      UUID id, String to, String subject, String text, String html, Instant sentAt) {}

  private final CapturedMailRepository captured;
  private final MailTransport transport;

  DevMailbox(CapturedMailRepository captured, MailTransport transport) {
    this.captured = captured;
    this.transport = transport;
  }

  public boolean enabled() {
    return transport.capturing();
  }

  public Slice<Mail> list(String recipient, Pageable page) {
    if (!enabled()) {
      return new SliceImpl<>(List.of());
    }
    String wanted = Searches.text(recipient);
    Slice<CapturedMail> found =
        wanted.isEmpty()
            ? captured.findAllByOrderBySentAtDesc(page)
            : captured.findByRecipientContainingIgnoreCaseOrderBySentAtDesc(wanted, page);
    return found.map(DevMailbox::mail);
  }

  public Optional<Mail> find(UUID id) {
    return enabled() ? captured.findById(id).map(DevMailbox::mail) : Optional.empty();
  }

  private static Mail mail(CapturedMail mail) {
    return new Mail(
        mail.getId(),
        mail.getRecipient(),
        mail.getSubject(),
        mail.getTextBody(),
        mail.getHtmlBody(),
        mail.getSentAt());
  }
}
