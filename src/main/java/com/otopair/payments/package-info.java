/**
 * Payments: what customers pay, online through Stripe (authorize at booking, capture on completion,
 * refunds by policy or by an admin, payouts to the shop's connected account) or at the shop;
 * invoices and receipts as PDF; Stripe webhooks stored once and handled through the outbox.
 */
@NullMarked
package com.otopair.payments;

import org.jspecify.annotations.NullMarked;
