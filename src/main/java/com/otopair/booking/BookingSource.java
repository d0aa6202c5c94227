package com.otopair.booking;

/**
 * Where a booking came from: the customer on the web, a program through the API, the shop taking a
 * call ({@link #PHONE}), or a slot the waitlist offered. A moved booking keeps its source.
 */
public enum BookingSource {
  WEB,
  API,
  PHONE,
  WAITLIST
}
