package com.otopair.base;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

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
      throw new InvalidRequestException(field, "base.image.empty");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidRequestException(field, "base.image.too-big");
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
    throw new InvalidRequestException(field, "base.image.type");
  }

  /** Photos (a shop's gallery) come straight from phones: larger files, made small here. */
  public static final int MAX_PHOTO_BYTES = 10 * 1024 * 1024;

  /** The longest side of a stored photo, in pixels: sharp on a laptop, light on a phone. */
  public static final int PHOTO_SIDE = 1600;

  private static final long MAX_PIXELS = 50_000_000L;

  /** A picture as it is stored. */
  public record Picture(byte[] content, String contentType) {}

  /**
   * A photo made ready to store: checked by its bytes (PNG, JPEG or WebP, at most 10 MB), then
   * decoded, shrunk to at most {@link #PHOTO_SIDE} pixels on its longest side and re-encoded as a
   * JPEG, which also drops whatever the camera wrote into it (such as where it was taken). The JDK
   * has no WebP codec: a WebP is kept as uploaded, and only up to {@link #MAX_BYTES}.
   */
  public static Picture photo(byte[] content, String field) {
    if (content.length > MAX_PHOTO_BYTES) {
      throw new InvalidRequestException(field, "base.image.photo-too-big");
    }
    String type = check(content.length > MAX_BYTES ? head(content) : content, field);
    if (type.equals("image/webp")) {
      if (content.length > MAX_BYTES) {
        throw new InvalidRequestException(field, "base.image.webp-too-big");
      }
      return new Picture(content, type);
    }
    BufferedImage image = decode(content, field);
    return new Picture(jpeg(shrink(image, PHOTO_SIDE)), "image/jpeg");
  }

  private static byte[] head(byte[] content) {
    return Arrays.copyOf(content, 16);
  }

  private static BufferedImage decode(byte[] content, String field) {
    try (ImageInputStream input =
        ImageIO.createImageInputStream(new ByteArrayInputStream(content))) {
      var readers = ImageIO.getImageReaders(input);
      if (!readers.hasNext()) {
        throw new InvalidRequestException(field, "base.image.unreadable");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(input, true, true);
        if ((long) reader.getWidth(0) * reader.getHeight(0) > MAX_PIXELS) {
          throw new InvalidRequestException(field, "base.image.too-many-pixels");
        }
        return reader.read(0);
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      if (unreadable instanceof InvalidRequestException refused) {
        throw refused;
      }
      throw new InvalidRequestException(field, "base.image.unreadable");
    }
  }

  /** The image scaled down to fit {@code side} pixels, on white (a JPEG has no transparency). */
  static BufferedImage shrink(BufferedImage image, int side) {
    double scale = Math.min(1.0, (double) side / Math.max(image.getWidth(), image.getHeight()));
    int width = Math.max(1, (int) Math.round(image.getWidth() * scale));
    int height = Math.max(1, (int) Math.round(image.getHeight() * scale));
    var result = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = result.createGraphics();
    try {
      g.setRenderingHint(
          RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
      g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
      g.setColor(Color.WHITE);
      g.fillRect(0, 0, width, height);
      g.drawImage(image, 0, 0, width, height, null);
    } finally {
      g.dispose();
    }
    return result;
  }

  /** A JPEG at a quality that keeps photos clean at a fraction of a camera's file size. */
  public static byte[] jpeg(BufferedImage image) {
    var writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    var out = new ByteArrayOutputStream();
    try (var stream = new MemoryCacheImageOutputStream(out)) {
      writer.setOutput(stream);
      ImageWriteParam param = writer.getDefaultWriteParam();
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.82f);
      writer.write(null, new IIOImage(image, null, null), param);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return out.toByteArray();
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
