package com.otopair.audit.domain;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditEntryRepository
    extends JpaRepository<AuditEntry, UUID>, JpaSpecificationExecutor<AuditEntry> {

  @Query("select distinct e.action from AuditEntry e order by e.action")
  List<String> findDistinctActions();

  /**
   * Adds the entry unless one with the same {@code eventKey} exists (the same event recorded
   * before, or by a run racing this one, which this insert waits for); returns how many it added.
   */
  @Modifying
  @Query(
      nativeQuery = true,
      value =
          """
          insert into audit_entries
              (id, version, occurred_at, actor, action, subject, details, details_key,
               details_args, client_address, event_key)
          values (:#{#e.id}, 0, :#{#e.occurredAt}, :#{#e.actor}, :#{#e.action}, :#{#e.subject},
                  :#{#e.details}, :#{#e.detailsKey}, :#{#e.detailsArgs.toArray(new String[0])},
                  :#{#e.clientAddress}, :eventKey)
          on conflict (event_key) do nothing
          """)
  int addOnce(@Param("e") AuditEntry entry, @Param("eventKey") String eventKey);
}
