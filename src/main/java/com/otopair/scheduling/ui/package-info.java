/** The schedule builder: owners and mechanics draw availability on a calendar. */
@NullMarked
package com.otopair.scheduling.ui;

import org.jspecify.annotations.NullMarked;
