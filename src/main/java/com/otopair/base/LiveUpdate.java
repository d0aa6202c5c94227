package com.otopair.base;

/**
 * Marks an event that open screens should see at once. Publish it with Spring's {@code
 * ApplicationEventPublisher}; {@link LiveUpdates} delivers it to subscribed views after the
 * publishing transaction commits.
 */
public interface LiveUpdate {}
