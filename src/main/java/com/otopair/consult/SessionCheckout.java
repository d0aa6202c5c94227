package com.otopair.consult;

import com.otopair.base.Money;
import java.util.UUID;

/** A paying session's price, for the page where its customer authorizes it. */
public record SessionCheckout(
    UUID sessionId,
    UUID shopId,
    UUID customerId,
    String customerEmail,
    String shopName,
    String serviceName,
    Money price) {}
