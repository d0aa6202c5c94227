package com.otopair.shops;

/** Where the work happens: at the shop, or remotely with a mechanic. */
public enum OfferingMode {
  IN_SHOP("At the shop"),
  REMOTE_CHAT("Remote chat"),
  REMOTE_VIDEO("Remote video");

  private final String label;

  OfferingMode(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
