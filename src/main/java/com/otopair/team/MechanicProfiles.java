package com.otopair.team;

import com.otopair.base.CurrentUser;
import com.otopair.base.FileStore;
import com.otopair.base.I18n;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PlainText;
import com.otopair.base.Roles;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.shops.MechanicHeadlines;
import com.otopair.shops.ShopMembership;
import com.otopair.team.domain.MechanicProfileEntity;
import com.otopair.team.domain.MechanicProfileRepository;
import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Mechanics' profiles: bio, specialties from a fixed taxonomy plus free tags, experience, and how
 * fast they answer. Public for mechanics of live shops.
 */
@Service
@Transactional
public class MechanicProfiles implements MechanicHeadlines {

  public static final int MAX_TAGS = 10;

  private final MechanicProfileRepository profiles;
  private final UserContacts contacts;
  private final ShopMembership membership;
  private final FileStore files;
  private final Clock clock;

  MechanicProfiles(
      MechanicProfileRepository profiles,
      UserContacts contacts,
      ShopMembership membership,
      FileStore files,
      Clock clock) {
    this.profiles = profiles;
    this.contacts = contacts;
    this.membership = membership;
    this.files = files;
    this.clock = clock;
  }

  /** The signed-in mechanic's own profile (empty until first saved). */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  @Transactional(readOnly = true)
  public MechanicProfile mine() {
    UUID me = CurrentUser.require().id();
    return profile(
        me, profiles.findById(me).orElse(new MechanicProfileEntity(me, clock.instant())));
  }

  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  public void save(String bio, int years, int slaMinutes, Set<Specialty> specialties, String tags) {
    save(CurrentUser.require().id(), bio, years, slaMinutes, specialties, tags);
  }

  /** The same for a given mechanic: the demo data's way in. */
  public void save(
      UUID userId, String bio, int years, int slaMinutes, Set<Specialty> specialties, String tags) {
    PlainText.requireLines("bio", bio);
    PlainText.requireLine("tags", tags);
    if (bio.length() > 2000) {
      throw new InvalidRequestException("bio", "team.profile.bio.too-long");
    }
    if (years < 0 || years > 70) {
      throw new InvalidRequestException("years", "team.profile.years.invalid");
    }
    if (slaMinutes < 5 || slaMinutes > 2880) {
      throw new InvalidRequestException("sla", "team.profile.sla.invalid");
    }
    Set<String> tagSet = new LinkedHashSet<>();
    for (String tag : tags.split(",")) {
      String clean = tag.trim();
      if (clean.isEmpty()) {
        continue;
      }
      if (clean.length() > 40) {
        throw new InvalidRequestException("tags", "team.profile.tag.too-long");
      }
      tagSet.add(clean);
    }
    if (tagSet.size() > MAX_TAGS) {
      throw new InvalidRequestException("tags", "team.profile.tags.too-many", MAX_TAGS);
    }
    MechanicProfileEntity entity =
        profiles
            .findById(userId)
            .orElseGet(() -> new MechanicProfileEntity(userId, clock.instant()));
    entity.describe(bio, years, slaMinutes, specialties, tagSet, clock.instant());
    profiles.save(entity);
  }

  /** Replaces the signed-in mechanic's photo: a PNG, JPEG or WebP of at most 2 MB. */
  @PreAuthorize("hasRole('" + Roles.MECHANIC + "')")
  public String setPhoto(byte[] image) {
    UUID me = CurrentUser.require().id();
    String type = Images.check(image, "photo");
    MechanicProfileEntity entity =
        profiles.findById(me).orElseGet(() -> new MechanicProfileEntity(me, clock.instant()));
    String old = entity.getPhotoKey();
    String key = files.put("mechanic-photos", image, type);
    entity.setPhotoKey(key, clock.instant());
    profiles.save(entity);
    if (old != null) {
      files.delete(old);
    }
    return FileStore.url(key);
  }

  /** A mechanic's public profile: only for someone who works at a live shop. */
  @Transactional(readOnly = true)
  public Optional<MechanicProfile> publicProfile(UUID userId) {
    if (membership.liveShopsOf(userId).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        profile(
            userId,
            profiles.findById(userId).orElse(new MechanicProfileEntity(userId, clock.instant()))));
  }

  @Override
  @Transactional(readOnly = true)
  public Map<UUID, String> headlines(Collection<UUID> mechanicIds) {
    Map<UUID, String> headlines = new HashMap<>();
    for (MechanicProfileEntity entity : profiles.findAllById(mechanicIds)) {
      String specialties =
          entity.getSpecialties().stream()
              .limit(3)
              .map(Specialty::label)
              .collect(Collectors.joining(", "));
      String years =
          entity.getYearsExperience() > 0
              ? I18n.t("team.headline.years", entity.getYearsExperience())
              : "";
      headlines.put(
          entity.getUserId(),
          specialties.isEmpty() || years.isEmpty()
              ? specialties + years
              : I18n.t("team.headline.both", specialties, years));
    }
    return headlines;
  }

  private MechanicProfile profile(UUID userId, MechanicProfileEntity entity) {
    String name =
        contacts.find(userId).map(UserContact::name).orElse(I18n.t("team.mechanic.unnamed"));
    return new MechanicProfile(
        userId,
        name,
        entity.getBio(),
        Set.copyOf(entity.getSpecialties()),
        List.copyOf(entity.getTags()),
        entity.getYearsExperience(),
        entity.getResponseSlaMinutes(),
        entity.getPhotoKey() == null ? null : FileStore.url(entity.getPhotoKey()),
        membership.liveShopsOf(userId).stream().map(ShopMembership.ShopRef::name).toList());
  }
}
