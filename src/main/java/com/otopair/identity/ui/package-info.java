@NullMarked
package com.otopair.identity.ui;

import org.jspecify.annotations.NullMarked;
