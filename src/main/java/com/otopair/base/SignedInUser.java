package com.otopair.base;

import java.util.UUID;

/**
 * What every module may know of the signed-in user. The identity module's security principal
 * implements it; read it through {@link CurrentUser}.
 */
public interface SignedInUser {

  UUID id();

  String email();

  String displayName();

  String role();

  boolean emailVerified();
}
