@NullMarked
package com.otopair.shops.ui;

import org.jspecify.annotations.NullMarked;
