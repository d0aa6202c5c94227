package com.otopair.consult;

import com.otopair.base.Money;
import java.util.UUID;

/**
 * Support asked to give a customer back {@code amount} of what a session cost, for {@code reason}:
 * the payments module refunds it (once per request) and tells the customer.
 */
public record SessionRefundRequested(UUID sessionId, Money amount, String reason, UUID adminId) {}
