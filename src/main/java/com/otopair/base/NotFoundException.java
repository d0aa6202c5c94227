package com.otopair.base;

/**
 * What the user asked for does not exist, or is not theirs to see: the same answer for both, so
 * nothing leaks. The REST API answers 404.
 */
public class NotFoundException extends InvalidRequestException {

  public NotFoundException(String key, Object... args) {
    super(null, key, args);
  }
}
