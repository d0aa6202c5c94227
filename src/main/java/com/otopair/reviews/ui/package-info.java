/** The reviews module's screens and components (internal). */
@NullMarked
package com.otopair.reviews.ui;

import org.jspecify.annotations.NullMarked;
