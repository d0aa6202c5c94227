package com.otopair.identity;

import com.otopair.base.I18n;

/** Whether a user may sign in. */
public enum UserStatus {
  ACTIVE,
  SUSPENDED;

  /** The status as people read it, in the reader's language. */
  public String label() {
    return I18n.t(
        switch (this) {
          case ACTIVE -> "identity.user-status.active";
          case SUSPENDED -> "identity.user-status.suspended";
        });
  }
}
