/** Scheduling's entities and repositories; internal to the module. */
@NullMarked
package com.otopair.scheduling.domain;

import org.jspecify.annotations.NullMarked;
