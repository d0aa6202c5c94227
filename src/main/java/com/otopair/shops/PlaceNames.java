package com.otopair.shops;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the gazetteer compares place names: "Saint-Jean", "St Jean" and "st-jean" are one name, as
 * are "Montréal" and "MONTREAL", "Mont-Royal" and "Mont Royal", "St. John's" and "Saint Johns"; and
 * which province or state a word such as "QC", "Québec" or "Texas" names.
 */
final class PlaceNames {

  /** Abbreviations read as the word they stand for, wherever they stand in a name. */
  private static final Map<String, String> WORDS =
      Map.of("st", "saint", "ste", "sainte", "mt", "mount", "ft", "fort");

  /** A region: its country and its postal abbreviation. */
  record Region(String country, String code) {}

  private static final Map<String, Region> REGIONS = regions();

  private PlaceNames() {}

  /**
   * The form two names are compared in: no accents, apostrophes or case, words separated by one
   * space, abbreviations spelled out ("St. John's" → "saint johns").
   */
  static String key(String name) {
    return key(name, true);
  }

  /**
   * {@link #key(String)}, with the last word left as typed when {@code expandLast} is false: while
   * someone types "St" they may be on their way to "Stockton".
   */
  static String key(String name, boolean expandLast) {
    String plain = Normalizer.normalize(name, Normalizer.Form.NFD);
    StringBuilder key = new StringBuilder(plain.length());
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      if ("'’‘ʻ`".indexOf(c) >= 0 || Character.getType(c) == Character.NON_SPACING_MARK) {
        // "Coeur d'Alene" and "Coeur dAlene", "Ele‘ele" and "Eleele" alike; accents dropped
      } else if (Character.isLetterOrDigit(c)) {
        switch (c) {
          case 'œ', 'Œ' -> word.append("oe");
          case 'æ', 'Æ' -> word.append("ae");
          case 'ß' -> word.append("ss");
          default -> word.append(Character.toLowerCase(c));
        }
      } else if (!word.isEmpty()) {
        append(key, word, true);
      }
    }
    if (!word.isEmpty()) {
      append(key, word, expandLast);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  private static void append(StringBuilder key, StringBuilder word, boolean expand) {
    if (!key.isEmpty()) {
      key.append(' ');
    }
    String text = word.toString();
    key.append(expand ? WORDS.getOrDefault(text, text) : text);
    word.setLength(0);
  }

  /** The province or state that {@code text} names ("QC", "Québec", "Texas", "tx"), if any. */
  static @Nullable Region region(String text) {
    return regionOfKey(key(text));
  }

  /** {@link #region(String)} of a text already in {@link #key(String)} form. */
  static @Nullable Region regionOfKey(String key) {
    return REGIONS.get(key);
  }

  /** The region's code and names as {@link #key(String)} writes them, for suggestions. */
  static boolean regionStartsWith(String code, String typedKey) {
    if (key(code).startsWith(typedKey)) {
      return true;
    }
    for (Map.Entry<String, Region> name : REGIONS.entrySet()) {
      if (name.getValue().code().equals(code) && name.getKey().startsWith(typedKey)) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, Region> regions() {
    Map<String, Region> regions = new HashMap<>();
    String canada =
        """
        AB Alberta
        BC British Columbia|Colombie-Britannique
        MB Manitoba
        NB New Brunswick|Nouveau-Brunswick
        NL Newfoundland and Labrador|Newfoundland|Labrador|Terre-Neuve-et-Labrador|Terre-Neuve
        NS Nova Scotia|Nouvelle-Écosse
        ON Ontario
        PE Prince Edward Island|Île-du-Prince-Édouard|PEI
        QC Quebec|Québec|PQ
        SK Saskatchewan
        YT Yukon
        NT Northwest Territories|Territoires du Nord-Ouest
        NU Nunavut
        """; // i18n: place names, not words of the interface
    String states =
        """
        AL Alabama
        AK Alaska
        AZ Arizona
        AR Arkansas
        CA California|Californie
        CO Colorado
        CT Connecticut
        DE Delaware
        DC District of Columbia|Washington DC
        FL Florida|Floride
        GA Georgia|Géorgie
        HI Hawaii|Hawaï
        ID Idaho
        IL Illinois
        IN Indiana
        IA Iowa
        KS Kansas
        KY Kentucky
        LA Louisiana|Louisiane
        ME Maine
        MD Maryland
        MA Massachusetts
        MI Michigan
        MN Minnesota
        MS Mississippi
        MO Missouri
        MT Montana
        NE Nebraska
        NV Nevada
        NH New Hampshire
        NJ New Jersey
        NM New Mexico|Nouveau-Mexique
        NY New York State|New York
        NC North Carolina|Caroline du Nord
        ND North Dakota|Dakota du Nord
        OH Ohio
        OK Oklahoma
        OR Oregon
        PA Pennsylvania|Pennsylvanie
        RI Rhode Island
        SC South Carolina|Caroline du Sud
        SD South Dakota|Dakota du Sud
        TN Tennessee
        TX Texas
        UT Utah
        VT Vermont
        VA Virginia|Virginie
        WA Washington State|Washington
        WV West Virginia|Virginie-Occidentale
        WI Wisconsin
        WY Wyoming
        """; // i18n: place names, not words of the interface
    read(regions, "CA", canada);
    read(regions, "US", states);
    return Map.copyOf(regions);
  }

  private static void read(Map<String, Region> regions, String country, String table) {
    for (String line : table.strip().split("\n")) {
      String code = line.substring(0, 2);
      Region region = new Region(country, code);
      regions.put(key(code), region);
      for (String name : line.substring(3).split("\\|")) {
        regions.put(key(name), region);
      }
    }
  }
}
