package com.otopair.notifications.domain;

import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CapturedMailRepository extends JpaRepository<CapturedMail, UUID> {

  Slice<CapturedMail> findAllByOrderBySentAtDesc(Pageable page);

  Slice<CapturedMail> findByRecipientContainingIgnoreCaseOrderBySentAtDesc(
      String recipient, Pageable page);
}
