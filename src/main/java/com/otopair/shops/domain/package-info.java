@NullMarked
package com.otopair.shops.domain;

import org.jspecify.annotations.NullMarked;
