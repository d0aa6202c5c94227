/**
 * Shops: onboarding, slugs, the public shop page, approval and deactivation by admins, and
 * membership (owner, mechanic).
 */
@NullMarked
package com.otopair.shops;

import org.jspecify.annotations.NullMarked;
