package com.otopair.payments;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.booking.BookingSummary;
import com.otopair.identity.ApiCaller;
import java.util.Currency;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the operations API does: the refund and the forced cancellation of Admin Payments, through
 * the same service and its rules, audited as the screens audit them plus a line naming the API
 * token that asked, in the same transaction.
 */
@Service
@Transactional
@PreAuthorize("hasRole('" + Roles.ADMIN + "')")
public class OpsActions {

  public static final String OPS_API_REFUND = "OPS_API_REFUND";
  public static final String OPS_API_FORCE_CANCEL = "OPS_API_FORCE_CANCEL";

  /** A refund just asked for, and its payment as it stands now. */
  public record Refunded(PaymentView payment, PaymentView.Refund refund) {}

  private final AdminPayments admin;
  private final PaymentRecords records;

  OpsActions(AdminPayments admin, PaymentRecords records) {
    this.admin = admin;
    this.records = records;
  }

  /**
   * Refunds {@code amountMinor} of the payment's currency ({@code currency}, when given, must be
   * it), with a reason: {@link AdminPayments#refund}.
   */
  public Refunded refund(
      UUID paymentId, long amountMinor, @Nullable String currency, String reason) {
    PlainText.requireLine("reason", reason);
    PaymentView before = admin.payment(paymentId);
    String paid = before.amount().currency();
    if (currency != null && !isCurrency(currency)) {
      throw new InvalidRequestException("currency", "payments.refund.currency", paid);
    }
    PaymentView after =
        admin.refund(paymentId, new Money(amountMinor, currency == null ? paid : currency), reason);
    Set<UUID> earlier =
        before.refunds().stream().map(PaymentView.Refund::id).collect(Collectors.toSet());
    PaymentView.Refund refund =
        after.refunds().stream()
            .filter(r -> !earlier.contains(r.id()))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("The refund was not recorded"));
    audit(OPS_API_REFUND, "payment " + paymentId);
    return new Refunded(after, refund);
  }

  /** Cancels a booking for its customer with a reason: {@link AdminPayments#forceCancel}. */
  public BookingSummary forceCancel(UUID bookingId, String reason) {
    BookingSummary cancelled = admin.forceCancel(bookingId, reason);
    audit(OPS_API_FORCE_CANCEL, "booking " + bookingId);
    return cancelled;
  }

  private void audit(String action, String subject) {
    ApiCaller caller =
        ApiCaller.current()
            .orElseThrow(() -> new IllegalStateException("Operations API calls carry a token"));
    records.audit(
        action, subject, "payments.audit.ops-api-call", caller.tokenName(), caller.hint());
  }

  private static boolean isCurrency(String code) {
    try {
      return code.matches("[A-Z]{3}") && Currency.getInstance(code) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
