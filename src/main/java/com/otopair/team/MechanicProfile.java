package com.otopair.team;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What a mechanic tells customers about themselves. */
public record MechanicProfile(
    UUID userId,
    String name,
    String bio,
    Set<Specialty> specialties,
    List<String> tags,
    int yearsOfExperience,
    int responseSlaMinutes,
    @Nullable String photoUrl,
    List<String> shops) {}
