package com.otopair.reviews;

/** Whose reviews a list shows: a shop's, or a mechanic's (across their shops). */
public enum RatedSubject {
  SHOP,
  MECHANIC
}
