package com.otopair.payments;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * How a shop takes money: its mode, what a late cancellation refunds, its payout account, and
 * whether online payment is available on this Otopair at all, and Otopair's commission (10 for
 * 10%).
 */
public record PaymentSetup(
    PaymentMode mode,
    int lateRefundPercent,
    PayoutAccountStatus account,
    @Nullable String accountId,
    boolean onlineAvailable,
    BigDecimal commissionPercent) {}
