/** The account REST API under {@code /api/v1}: the token holder's own data. */
@NullMarked
package com.otopair.identity.web;

import org.jspecify.annotations.NullMarked;
