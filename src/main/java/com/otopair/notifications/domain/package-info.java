@NullMarked
package com.otopair.notifications.domain;

import org.jspecify.annotations.NullMarked;
