package com.otopair.base;

/**
 * The user is known but may not do this (yet), such as booking before confirming their email. The
 * REST API answers 403.
 */
public class NotAllowedException extends InvalidRequestException {

  public NotAllowedException(String key, Object... args) {
    super(null, key, args);
  }
}
