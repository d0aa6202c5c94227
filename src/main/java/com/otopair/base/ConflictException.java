package com.otopair.base;

/**
 * The request was fine but the state moved on: the slot was taken, the hold ran out, someone else
 * changed the record first. Trying again with fresh data may work. The REST API answers 409.
 */
public class ConflictException extends InvalidRequestException {

  public ConflictException(String key, Object... args) {
    super(null, key, args);
  }
}
