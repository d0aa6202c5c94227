package com.otopair.audit.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

public interface AuditEntryRepository
    extends JpaRepository<AuditEntry, UUID>, JpaSpecificationExecutor<AuditEntry> {

  @Query("select distinct e.action from AuditEntry e order by e.action")
  List<String> findDistinctActions();
}
