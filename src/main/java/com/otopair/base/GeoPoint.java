package com.otopair.base;

/** A point on Earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {

  public GeoPoint {
    // Written so that NaN, which compares false with everything, is refused too.
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Not a point on Earth: " + latitude + ", " + longitude);
    }
  }
}
