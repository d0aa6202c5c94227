/**
 * The reviews module's screens: the review page of a signed link, the list on the public shop and
 * mechanic pages, and the "Review this visit" cards (internal).
 */
@NullMarked
package com.otopair.reviews.ui;

import org.jspecify.annotations.NullMarked;
