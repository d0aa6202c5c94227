@NullMarked
package com.otopair.notifications.ui;

import org.jspecify.annotations.NullMarked;
