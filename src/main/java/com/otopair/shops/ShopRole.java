package com.otopair.shops;

/** What the signed-in user is at a shop they work at. */
public enum ShopRole {
  OWNER,
  MECHANIC;

  public boolean owner() {
    return this == OWNER;
  }
}
