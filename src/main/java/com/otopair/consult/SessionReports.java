package com.otopair.consult;

import com.otopair.base.Money;
import com.otopair.consult.domain.ConsultSession;
import com.otopair.consult.domain.ConsultSessionRepository;
import com.otopair.consult.domain.Report;
import com.otopair.consult.domain.ReportRepository;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Mechanics' summaries of their sessions. */
@Service
@Transactional
public class SessionReports {

  private final ReportRepository reports;
  private final ConsultSessionRepository sessions;

  SessionReports(ReportRepository reports, ConsultSessionRepository sessions) {
    this.reports = reports;
    this.sessions = sessions;
  }

  /**
   * The session's summary once sent, for the modules that build on it without a signed-in reader
   * (the repair booked from it); empty while it is a draft or was never written.
   */
  @Transactional(readOnly = true)
  public Optional<SessionReport> sent(UUID sessionId) {
    return reports
        .findBySessionId(sessionId)
        .filter(report -> report.getSentAt() != null)
        .map(report -> summary(report, sessions.findById(sessionId).orElseThrow()));
  }

  static SessionReport summary(Report report, ConsultSession session) {
    String currency = session.getCurrency();
    return new SessionReport(
        session.getId(),
        session.getShopId(),
        session.getShopName(),
        session.getServiceName(),
        session.getCustomerId(),
        report.getMechanicId(),
        Objects.requireNonNullElse(session.getMechanicName(), ""),
        session.getVehicle(),
        report.getFindings(),
        report.getStepsTaken(),
        report.getNextSteps(),
        ReportUrgency.valueOf(report.getUrgency()),
        report.getRepairServiceId(),
        report.getLines().stream()
            .map(
                entry ->
                    new ReportLine(
                        ReportLine.Kind.valueOf(entry.getKind()),
                        entry.getDescription(),
                        entry.getQuantity(),
                        new Money(entry.getUnitPriceMinor(), currency)))
            .toList(),
        report.getPhotoKeys(),
        new Money(session.isFree() ? 0 : session.getPriceMinor(), currency),
        session.isFree(),
        report.getSentAt(),
        report.getFirstOpenedAt());
  }
}
