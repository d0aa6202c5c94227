package com.otopair.base;

import java.util.List;

/**
 * The role names, as used by {@code @RolesAllowed} and Spring Security ({@code ROLE_} prefixed).
 */
public final class Roles {

  public static final String CUSTOMER = "CUSTOMER";
  public static final String SHOP_OWNER = "SHOP_OWNER";
  public static final String MECHANIC = "MECHANIC";
  public static final String ADMIN = "ADMIN";

  public static final List<String> ALL = List.of(CUSTOMER, SHOP_OWNER, MECHANIC, ADMIN);

  private Roles() {}

  /** A human label for a role name, as shown in grids and menus. */
  public static String label(String role) {
    return switch (role) {
      case CUSTOMER -> "Customer";
      case SHOP_OWNER -> "Shop owner";
      case MECHANIC -> "Mechanic";
      case ADMIN -> "Admin";
      default -> role;
    };
  }
}
