/** The reviews module's entities and repositories (internal). */
@NullMarked
package com.otopair.reviews.domain;

import org.jspecify.annotations.NullMarked;
