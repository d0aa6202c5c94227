package com.otopair.crm;

import java.util.Arrays;

/**
 * Where a customer's journey came in. An entry page says it in its link to the intake with a {@code
 * from} parameter (consult's {@code Intakes.FROM_*}): {@code talk}, {@code shop}, {@code find},
 * {@code upsell}, {@code follow-up}, {@code phone}; anything else is {@link #OTHER}.
 */
public enum EntryPoint {
  TALK_NOW("talk"),
  SHOP_PAGE("shop"),
  FIND("find"),
  UPSELL("upsell"),
  FOLLOW_UP("follow-up"),
  PHONE("phone"),
  OTHER("other");

  private final String parameter;

  EntryPoint(String parameter) {
    this.parameter = parameter;
  }

  /** The {@code from} value of links that come from here. */
  public String parameter() {
    return parameter;
  }

  /** The entry point a link's {@code from} names; {@link #OTHER} for anything unknown. */
  public static EntryPoint fromParameter(String from) {
    return Arrays.stream(values())
        .filter(entry -> entry.parameter.equals(from))
        .findFirst()
        .orElse(OTHER);
  }

  /**
   * The entry point a link of the app names with its {@code from} parameter ("book/x?service=y
   * &from=follow-up"); {@code otherwise} when it names none.
   */
  public static EntryPoint ofLink(String link, EntryPoint otherwise) {
    int query = link.indexOf('?');
    if (query < 0) {
      return otherwise;
    }
    return Arrays.stream(link.substring(query + 1).split("&"))
        .filter(pair -> pair.startsWith("from="))
        .map(pair -> fromParameter(pair.substring("from=".length())))
        .findFirst()
        .orElse(otherwise);
  }

  /** Its key in the crm bundles, for pages. */
  public String labelKey() {
    return "crm.entry." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }
}
