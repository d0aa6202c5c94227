@NullMarked
package com.otopair.identity.security;

import org.jspecify.annotations.NullMarked;
