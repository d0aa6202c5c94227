package com.otopair.team.domain;

import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

public interface MechanicProfileRepository extends JpaRepository<MechanicProfileEntity, UUID> {}
