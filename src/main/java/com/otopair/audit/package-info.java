/** Audit: who did what, when and from where; recorded from other modules' events. */
@NullMarked
package com.otopair.audit;

import org.jspecify.annotations.NullMarked;
