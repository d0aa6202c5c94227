/**
 * Identity: users, sign-up, email verification, login, password reset, profile, roles, and the
 * Spring Security configuration.
 */
@NullMarked
package com.otopair.identity;

import org.jspecify.annotations.NullMarked;
