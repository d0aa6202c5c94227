@NullMarked
package com.otopair.identity.domain;

import org.jspecify.annotations.NullMarked;
