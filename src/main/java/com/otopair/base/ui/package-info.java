@NullMarked
package com.otopair.base.ui;

import org.jspecify.annotations.NullMarked;
