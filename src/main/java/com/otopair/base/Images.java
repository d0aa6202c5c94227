package com.otopair.base;

import java.util.Arrays;

/**
 * The rules for uploaded pictures (logos, profile photos): PNG, JPEG or WebP, recognised by their
 * first bytes rather than by what the browser claims, and at most 2 MB.
 */
public final class Images {

  public static final int MAX_BYTES = 2 * 1024 * 1024;
  public static final String[] ACCEPTED = {"image/png", "image/jpeg", "image/webp"};

  private Images() {}

  /** The real media type of an image, or a refusal the uploader can act on. */
  public static String check(byte[] content, String field) {
    if (content.length == 0) {
      throw new InvalidRequestException(field, "That file is empty");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidRequestException(field, "Use a picture of at most 2 MB");
    }
    if (starts(content, 0x89, 'P', 'N', 'G')) {
      return "image/png";
    }
    if (starts(content, 0xFF, 0xD8, 0xFF)) {
      return "image/jpeg";
    }
    if (content.length > 12
        && starts(content, 'R', 'I', 'F', 'F')
        && Arrays.equals(Arrays.copyOfRange(content, 8, 12), new byte[] {'W', 'E', 'B', 'P'})) {
      return "image/webp";
    }
    throw new InvalidRequestException(field, "Use a PNG, JPEG or WebP picture");
  }

  private static boolean starts(byte[] content, int... prefix) {
    if (content.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((content[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
