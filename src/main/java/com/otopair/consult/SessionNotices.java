package com.otopair.consult;

import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the notifications module needs to tell people about a session; read by listeners of session
 * events, which run without a signed-in user.
 */
@Service
@Transactional(readOnly = true)
public class SessionNotices {

  /** A session and the address of its customer. */
  public record Notice(SessionSummary session, UserContact customer) {

    /** The session's page, for its customer, its mechanic and support. */
    public String path() {
      return "sessions/" + session.id();
    }

    /** The session's summary, for its customer once sent. */
    public String summaryPath() {
      return path() + "/summary";
    }
  }

  private final ConsultSessionRepository sessions;
  private final SessionAccess access;
  private final UserContacts contacts;
  private final Clock clock;

  SessionNotices(
      ConsultSessionRepository sessions, SessionAccess access, UserContacts contacts, Clock clock) {
    this.sessions = sessions;
    this.access = access;
    this.contacts = contacts;
    this.clock = clock;
  }

  /**
   * The mechanic a live follow-up waits for alone, while it still does (its parent's mechanic, for
   * 15 minutes); empty when the whole shop may take it.
   */
  public Optional<UUID> reservedFor(UUID sessionId) {
    return sessions
        .findById(sessionId)
        .filter(
            s ->
                s.getReservedMechanicId() != null
                    && s.getReservedUntil() != null
                    && s.getReservedUntil().isAfter(clock.instant()))
        .map(s -> s.getReservedMechanicId());
  }

  public Optional<Notice> notice(UUID sessionId) {
    return sessions
        .findById(sessionId)
        .map(access::summary)
        .flatMap(
            summary ->
                contacts.find(summary.customerId()).map(customer -> new Notice(summary, customer)));
  }
}
