@NullMarked
package com.otopair.jobs.ui;

import org.jspecify.annotations.NullMarked;
