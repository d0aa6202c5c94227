package com.otopair.base;

/** A point on Earth in WGS 84 degrees. */
public record GeoPoint(double latitude, double longitude) {

  public GeoPoint {
    // Written so that NaN, which compares false with everything, is refused too.
    if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
      throw new IllegalArgumentException("Not a point on Earth: " + latitude + ", " + longitude);
    }
  }

  /** The great-circle distance to another point, in kilometres. */
  public double kilometresTo(GeoPoint other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.sin(dLat / 2) * Math.sin(dLat / 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.sin(dLon / 2)
                * Math.sin(dLon / 2);
    return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
  }
}
