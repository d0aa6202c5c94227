/**
 * The payment gateways: Stripe over its HTTP API, and "pay at the shop" when none is configured.
 */
@NullMarked
package com.otopair.payments.gateway;

import org.jspecify.annotations.NullMarked;
