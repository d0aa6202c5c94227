@NullMarked
package com.otopair.jobs.domain;

import org.jspecify.annotations.NullMarked;
