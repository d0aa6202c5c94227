package com.otopair.base;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.hibernate.Hibernate;
import org.jspecify.annotations.Nullable;

/**
 * Every entity: a UUID assigned on creation (so equality works before the first flush) and an
 * optimistic-locking version.
 */
@MappedSuperclass
public abstract class AbstractEntity {

  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id = UUID.randomUUID();

  /**
   * Null until the first save: with an id assigned up front, this is how Spring Data tells a new
   * entity (persist) from an existing one (merge).
   */
  @Version
  @Column(name = "version", nullable = false)
  private @Nullable Long version;

  public UUID getId() {
    return id;
  }

  public @Nullable Long getVersion() {
    return version;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (other == null || Hibernate.getClass(this) != Hibernate.getClass(other)) {
      return false;
    }
    return Objects.equals(id, ((AbstractEntity) other).getId());
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
