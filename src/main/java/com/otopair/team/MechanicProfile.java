package com.otopair.team;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** What a mechanic tells customers about themselves. */
public record MechanicProfile(
    UUID userId,
    String name,
    String bio,
    Set<Specialty> specialties,
    List<String> tags,
    int yearsOfExperience,
    int responseSlaMinutes,
    List<String> shops) {}
