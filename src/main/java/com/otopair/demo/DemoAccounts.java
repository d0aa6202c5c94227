package com.otopair.demo;

import com.otopair.base.Roles;
import java.util.List;

/** The demo logins the README lists; every demo account uses {@link #PASSWORD}. */
public final class DemoAccounts {

  public static final String PASSWORD = "otopair-demo-2026";

  /** A demo login; {@code language} is the one its pages and mails are in ("en", "fr"). */
  public record Account(String email, String name, String role, String city, String language) {

    Account(String email, String name, String role, String city) {
      this(email, name, role, city, "en");
    }
  }

  public static final Account ADMIN =
      new Account("admin@otopair.test", "Alex Morgan", Roles.ADMIN, "Montreal");

  public static final List<Account> SHOP_OWNERS =
      List.of(
          new Account(
              "sophie.tremblay@garage-plateau.test",
              "Sophie Tremblay",
              Roles.SHOP_OWNER,
              "Montreal"),
          new Account(
              "marc.gagnon@atelier-rosemont.test",
              "Marc Gagnon",
              Roles.SHOP_OWNER,
              "Montreal",
              "fr"),
          new Account(
              "jessica.ramirez@eastside-auto.test", "Jessica Ramirez", Roles.SHOP_OWNER, "Austin"));

  public static final List<Account> MECHANICS =
      List.of(
          new Account(
              "luc.bergeron@garage-plateau.test", "Luc Bergeron", Roles.MECHANIC, "Montreal"),
          new Account("amelie.cote@garage-plateau.test", "Amélie Côté", Roles.MECHANIC, "Montreal"),
          new Account(
              "karim.haddad@garage-plateau.test", "Karim Haddad", Roles.MECHANIC, "Montreal"),
          new Account(
              "olivier.lavoie@atelier-rosemont.test",
              "Olivier Lavoie",
              Roles.MECHANIC,
              "Montreal",
              "fr"),
          new Account(
              "chloe.fortin@atelier-rosemont.test",
              "Chloé Fortin",
              Roles.MECHANIC,
              "Montreal",
              "fr"),
          new Account(
              "diego.hernandez@eastside-auto.test", "Diego Hernandez", Roles.MECHANIC, "Austin"),
          new Account("tyler.brooks@eastside-auto.test", "Tyler Brooks", Roles.MECHANIC, "Austin"),
          new Account("maya.patel@eastside-auto.test", "Maya Patel", Roles.MECHANIC, "Austin"));

  /** A customer the README names; 29 more are generated. */
  public static final Account CUSTOMER =
      new Account("emma.wilson@example.test", "Emma Wilson", Roles.CUSTOMER, "Austin");

  /**
   * Customers who read Otopair in French, each with a booking at a Montreal shop, so the dev
   * mailbox shows French mails; Camille is the one the README and the browser journeys name.
   */
  public static final List<Account> FRENCH_CUSTOMERS =
      List.of(
          new Account("camille.roy@example.test", "Camille Roy", Roles.CUSTOMER, "Montreal", "fr"),
          new Account(
              "julien.bouchard@example.test", "Julien Bouchard", Roles.CUSTOMER, "Montreal", "fr"));

  /** The French-speaking customer the README names. */
  public static final Account FRENCH_CUSTOMER = FRENCH_CUSTOMERS.getFirst();

  /** All the demo's customers: Emma, the French-speaking ones and those generated. */
  public static final int CUSTOMERS = 30;

  /** Emma's API token "Demo script", for the walkthrough's API examples (demo data only). */
  public static final String CUSTOMER_API_TOKEN = "otp_demo-emma-wilson-api-token-2026";

  /**
   * The admin's operations API token "Demo operations", for the walkthrough's refund and
   * force-cancel calls (demo data only: it works under /api/v1/ops and nowhere else).
   */
  public static final String ADMIN_OPS_API_TOKEN = "otp_demo-admin-ops-api-token-2026";

  private DemoAccounts() {}
}
