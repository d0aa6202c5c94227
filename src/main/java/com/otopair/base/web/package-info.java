@NullMarked
package com.otopair.base.web;

import org.jspecify.annotations.NullMarked;
