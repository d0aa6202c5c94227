@NullMarked
package com.otopair.team.ui;

import org.jspecify.annotations.NullMarked;
