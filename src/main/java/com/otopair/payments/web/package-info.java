/** Payments over HTTP: Stripe's webhook endpoint and invoice downloads. */
@NullMarked
package com.otopair.payments.web;

import org.jspecify.annotations.NullMarked;
