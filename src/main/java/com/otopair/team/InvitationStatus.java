package com.otopair.team;

import com.otopair.base.I18n;
import java.util.Locale;

/** Where an invitation stands; EXPIRED is a PENDING one past its date. */
public enum InvitationStatus {
  PENDING,
  ACCEPTED,
  DECLINED,
  REVOKED,
  EXPIRED;

  /** "Pending", in the reader's language. */
  public String label() {
    return I18n.t("team.status." + name().toLowerCase(Locale.ROOT));
  }
}
