@NullMarked
package com.otopair.audit.domain;

import org.jspecify.annotations.NullMarked;
