package com.otopair.base.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST controller of the public API under {@code /api/v1}: its errors are answered as
 * {@code application/problem+json} by {@link ApiProblems}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface PublicApi {

  /** Where the API lives. */
  String BASE = "/api/v1";
}
