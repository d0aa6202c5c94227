@NullMarked
package com.otopair.consult.ui;

import org.jspecify.annotations.NullMarked;
