@NullMarked
package com.otopair.team.domain;

import org.jspecify.annotations.NullMarked;
