package com.otopair.base;

import java.util.List;
import java.util.Locale;

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

  /** A human label for a role name, as shown in grids and menus, in the reader's language. */
  public static String label(String role) {
    return ALL.contains(role) ? I18n.t("base.role." + keyPart(role)) : role;
  }

  /**
   * A role as the last part of a key: lower case with hyphens ({@code SHOP_OWNER} → "shop-owner"),
   * for sentences written once per role.
   */
  public static String keyPart(String role) {
    return role.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
