/**
 * The shared kernel: entity base class, roles, time, the app shell and layout, error pages, the
 * live-update hub and the embedded database. Every other module may use it.
 */
@ApplicationModule(type = ApplicationModule.Type.OPEN)
@NullMarked
package com.otopair.base;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
