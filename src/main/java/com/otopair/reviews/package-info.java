/**
 * Reviews and reputation: customers of a completed booking or live session review it once, owners
 * answer, people mark reviews helpful or report them, admins hide or restore them; the ratings of
 * shops and mechanics follow, and {@link com.otopair.base.Reputation} serves them to the others.
 */
@NullMarked
package com.otopair.reviews;

import org.jspecify.annotations.NullMarked;
