package com.otopair.payments;

import com.otopair.base.LiveUpdate;
import java.util.UUID;

/** A payment moved: the booking page and the payment lists refresh. */
public record PaymentChanged(UUID paymentId, UUID subjectId, UUID shopId) implements LiveUpdate {}
