package com.otopair.shops.domain;

import com.otopair.base.AbstractEntity;
import com.otopair.shops.ShopStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A repair shop. Its slug is the address of its public page. */
@Entity
@Table(name = "shops")
public class Shop extends AbstractEntity {

  /** One opening-hours line, stored in {@code shop_opening_hours}. */
  @Embeddable
  public static class Hours {
    @Column(name = "day_of_week", nullable = false)
    private short dayOfWeek;

    @Column(name = "opens_at", nullable = false)
    private LocalTime opensAt;

    @Column(name = "closes_at", nullable = false)
    private LocalTime closesAt;

    protected Hours() {
      this.opensAt = LocalTime.MIDNIGHT;
      this.closesAt = LocalTime.MIDNIGHT;
    }

    public Hours(int dayOfWeek, LocalTime opensAt, LocalTime closesAt) {
      this.dayOfWeek = (short) dayOfWeek;
      this.opensAt = opensAt;
      this.closesAt = closesAt;
    }

    public int dayOfWeek() {
      return dayOfWeek;
    }

    public LocalTime opensAt() {
      return opensAt;
    }

    public LocalTime closesAt() {
      return closesAt;
    }
  }

  @Column(name = "slug", nullable = false, length = 40)
  private String slug;

  @Column(name = "name", nullable = false, length = 120)
  private String name;

  @Column(name = "street", nullable = false, length = 200)
  private String street;

  @Column(name = "city", nullable = false, length = 100)
  private String city;

  @Column(name = "region", nullable = false, length = 100)
  private String region;

  @Column(name = "postal_code", nullable = false, length = 12)
  private String postalCode;

  @Column(name = "country", nullable = false, length = 2)
  private String country;

  @Column(name = "phone", nullable = false, length = 20)
  private String phone;

  @Column(name = "time_zone", nullable = false, length = 60)
  private String timeZone;

  @Column(name = "description", nullable = false, length = 2000)
  private String description;

  @Column(name = "latitude", nullable = false)
  private double latitude;

  @Column(name = "longitude", nullable = false)
  private double longitude;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false, length = 20)
  private ShopStatus status = ShopStatus.PENDING_APPROVAL;

  @Column(name = "deactivation_reason", length = 500)
  private @Nullable String deactivationReason;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "logo_key", length = 200)
  private @Nullable String logoKey;

  @Column(name = "search_text", insertable = false, updatable = false)
  private @Nullable String searchText;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "shop_opening_hours", joinColumns = @JoinColumn(name = "shop_id"))
  private List<Hours> openingHours = new ArrayList<>();

  protected Shop() {
    this.slug = "";
    this.name = "";
    this.street = "";
    this.city = "";
    this.region = "";
    this.postalCode = "";
    this.country = "";
    this.phone = "";
    this.timeZone = "";
    this.description = "";
    this.createdAt = Instant.EPOCH;
  }

  public Shop(String slug, Instant createdAt) {
    this();
    this.slug = slug;
    this.createdAt = createdAt;
  }

  /** Writes everything an owner edits. */
  public void describe(
      String name,
      String street,
      String city,
      String region,
      String postalCode,
      String country,
      String phone,
      String timeZone,
      String description,
      double latitude,
      double longitude,
      List<Hours> hours) {
    this.name = name.trim();
    this.street = street.trim();
    this.city = city.trim();
    this.region = region.trim();
    this.postalCode = postalCode;
    this.country = country;
    this.phone = phone;
    this.timeZone = timeZone;
    this.description = description.trim();
    this.latitude = latitude;
    this.longitude = longitude;
    this.openingHours.clear();
    this.openingHours.addAll(hours);
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public String getStreet() {
    return street;
  }

  public String getCity() {
    return city;
  }

  public String getRegion() {
    return region;
  }

  public String getPostalCode() {
    return postalCode;
  }

  public String getCountry() {
    return country;
  }

  public String getPhone() {
    return phone;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public String getDescription() {
    return description;
  }

  public double getLatitude() {
    return latitude;
  }

  public double getLongitude() {
    return longitude;
  }

  public ShopStatus getStatus() {
    return status;
  }

  public @Nullable String getDeactivationReason() {
    return deactivationReason;
  }

  public void approve() {
    this.status = ShopStatus.ACTIVE;
    this.deactivationReason = null;
  }

  public void deactivate(String reason) {
    this.status = ShopStatus.DEACTIVATED;
    this.deactivationReason = reason;
  }

  public @Nullable String getLogoKey() {
    return logoKey;
  }

  public void setLogoKey(@Nullable String logoKey) {
    this.logoKey = logoKey;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public List<Hours> getOpeningHours() {
    return openingHours;
  }
}
