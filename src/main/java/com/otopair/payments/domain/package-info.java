/** Payments' entities and repositories: module-internal. */
@NullMarked
package com.otopair.payments.domain;

import org.jspecify.annotations.NullMarked;
