/** Payments on screen: a shop owner's payment setup, payouts and payments; admins' refunds. */
@NullMarked
package com.otopair.payments.ui;

import org.jspecify.annotations.NullMarked;
