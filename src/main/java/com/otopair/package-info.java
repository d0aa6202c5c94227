@NullMarked
package com.otopair;

import org.jspecify.annotations.NullMarked;
