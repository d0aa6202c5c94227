package com.otopair.consult;

import com.otopair.base.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * What may be shared in a session's chat, recognised by the file's first bytes (its magic number),
 * never by its name or by what the browser claims: JPEG, PNG, WebP and HEIC photos, and PDFs.
 */
final class SessionFileTypes {

  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  static final String WEBP = "image/webp";
  static final String HEIC = "image/heic";
  static final String PDF = "application/pdf";

  /** The images a browser shows inline (HEIC is kept and downloaded, but not shown). */
  static final Set<String> SHOWN = Set.of(JPEG, PNG, WEBP);

  /** HEIF brands of HEVC-coded pictures, as iPhones write them. */
  private static final Set<String> HEIC_BRANDS = Set.of("heic", "heix", "heim", "heis", "hevc");

  private SessionFileTypes() {}

  /** The real media type of {@code content}, or a refusal tied to the upload. */
  static String of(byte[] content) {
    if (content.length == 0) {
      throw new InvalidRequestException("file", "consult.files.empty");
    }
    if (content.length > SessionFiles.MAX_BYTES) {
      throw new InvalidRequestException("file", "consult.files.too-big");
    }
    if (starts(content, 0xFF, 0xD8, 0xFF)) {
      return JPEG;
    }
    if (starts(content, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return PNG;
    }
    if (content.length >= 16
        && starts(content, 'R', 'I', 'F', 'F')
        && ascii(content, 8, 4).equals("WEBP")) {
      return WEBP;
    }
    if (heic(content)) {
      return HEIC;
    }
    if (starts(content, '%', 'P', 'D', 'F', '-')) {
      return PDF;
    }
    throw new InvalidRequestException("file", "consult.files.type");
  }

  /** The usual file name ending for a type. */
  static String extension(String type) {
    return switch (type) {
      case JPEG -> ".jpg";
      case PNG -> ".png";
      case WEBP -> ".webp";
      case HEIC -> ".heic";
      default -> ".pdf";
    };
  }

  /**
   * An ISO base media file whose first box is {@code ftyp} with a HEIC brand, as the major brand
   * or, under the generic {@code mif1}, among the compatible ones.
   */
  private static boolean heic(byte[] content) {
    if (content.length < 16 || !ascii(content, 4, 4).equals("ftyp")) {
      return false;
    }
    long boxSize =
        ((content[0] & 0xFFL) << 24)
            | ((content[1] & 0xFFL) << 16)
            | ((content[2] & 0xFFL) << 8)
            | (content[3] & 0xFFL);
    if (boxSize < 16 || boxSize > content.length || boxSize % 4 != 0) {
      return false;
    }
    String major = ascii(content, 8, 4);
    if (HEIC_BRANDS.contains(major)) {
      return true;
    }
    if (!major.equals("mif1") && !major.equals("msf1")) {
      return false;
    }
    for (int at = 16; at + 4 <= boxSize; at += 4) {
      if (HEIC_BRANDS.contains(ascii(content, at, 4))) {
        return true;
      }
    }
    return false;
  }

  private static String ascii(byte[] content, int from, int length) {
    return new String(Arrays.copyOfRange(content, from, from + length), StandardCharsets.US_ASCII);
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
