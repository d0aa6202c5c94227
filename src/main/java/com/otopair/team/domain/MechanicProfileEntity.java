package com.otopair.team.domain;

import com.otopair.team.Specialty;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A mechanic's profile, keyed by their user id. */
@Entity
@Table(name = "mechanic_profiles")
public class MechanicProfileEntity {

  @Id
  @Column(name = "user_id")
  private UUID userId;

  @Version
  @Column(name = "version", nullable = false)
  private @Nullable Long version;

  @Column(name = "bio", nullable = false, length = 2000)
  private String bio = "";

  @Column(name = "years_experience", nullable = false)
  private int yearsExperience;

  @Column(name = "response_sla_minutes", nullable = false)
  private int responseSlaMinutes = 60;

  @Column(name = "photo_key", length = 200)
  private @Nullable String photoKey;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mechanic_specialties", joinColumns = @JoinColumn(name = "user_id"))
  @Enumerated(EnumType.STRING)
  @Column(name = "specialty", length = 30)
  private Set<Specialty> specialties = new LinkedHashSet<>();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mechanic_tags", joinColumns = @JoinColumn(name = "user_id"))
  @Column(name = "tag", length = 40)
  private Set<String> tags = new LinkedHashSet<>();

  protected MechanicProfileEntity() {
    this(new UUID(0, 0), Instant.EPOCH);
  }

  public MechanicProfileEntity(UUID userId, Instant now) {
    this.userId = userId;
    this.updatedAt = now;
  }

  public boolean isNew() {
    return version == null;
  }

  public void describe(
      String bio,
      int years,
      int slaMinutes,
      Set<Specialty> specialties,
      Set<String> tags,
      Instant now) {
    this.bio = bio.trim();
    this.yearsExperience = years;
    this.responseSlaMinutes = slaMinutes;
    this.specialties.clear();
    this.specialties.addAll(specialties);
    this.tags.clear();
    this.tags.addAll(tags);
    this.updatedAt = now;
  }

  public @Nullable String getPhotoKey() {
    return photoKey;
  }

  public void setPhotoKey(@Nullable String photoKey, Instant now) {
    this.photoKey = photoKey;
    this.updatedAt = now;
  }

  public UUID getUserId() {
    return userId;
  }

  public String getBio() {
    return bio;
  }

  public int getYearsExperience() {
    return yearsExperience;
  }

  public int getResponseSlaMinutes() {
    return responseSlaMinutes;
  }

  public Set<Specialty> getSpecialties() {
    return specialties;
  }

  public Set<String> getTags() {
    return tags;
  }
}
