@NullMarked
package com.otopair.consult.domain;

import org.jspecify.annotations.NullMarked;
