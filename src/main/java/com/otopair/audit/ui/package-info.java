@NullMarked
package com.otopair.audit.ui;

import org.jspecify.annotations.NullMarked;
