/**
 * Demo data: on the first start (unless {@code otopair.demo.enabled=false}) Otopair fills itself
 * with realistic people in Montreal and Austin, so every screen has something to show. It depends
 * on the other modules' public APIs and nothing depends on it.
 */
@NullMarked
package com.otopair.demo;

import org.jspecify.annotations.NullMarked;
