package com.otopair.base;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The file store on a local folder ({@code otopair.files.directory}). */
@Component
class LocalFileStore implements FileStore {

  private static final Pattern KEY =
      Pattern.compile("^[a-z-]{1,40}/[0-9a-f-]{36}\\.(png|jpg|webp|heic|pdf)$");

  private final Path root;

  LocalFileStore(@Value("${otopair.files.directory}") String directory) {
    this.root = Path.of(directory).toAbsolutePath();
  }

  @Override
  public String put(String folder, byte[] content, String contentType) {
    String extension =
        switch (contentType) {
          case "image/png" -> "png";
          case "image/jpeg" -> "jpg";
          case "image/webp" -> "webp";
          case "image/heic" -> "heic";
          case "application/pdf" -> "pdf";
          default -> throw new IllegalArgumentException("Unsupported type " + contentType);
        };
    String key = folder + "/" + UUID.randomUUID() + "." + extension;
    try {
      Path file = root.resolve(key);
      Files.createDirectories(file.getParent());
      Files.write(file, content);
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store " + key, e);
    }
  }

  @Override
  public Optional<StoredFile> get(String key) {
    if (!KEY.matcher(key).matches()) {
      return Optional.empty();
    }
    Path file = root.resolve(key);
    try {
      if (!Files.isRegularFile(file)) {
        return Optional.empty();
      }
      String type =
          switch (key.substring(key.lastIndexOf('.') + 1)) {
            case "png" -> "image/png";
            case "webp" -> "image/webp";
            case "heic" -> "image/heic";
            case "pdf" -> "application/pdf";
            default -> "image/jpeg";
          };
      return Optional.of(new StoredFile(Files.readAllBytes(file), type));
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read " + key, e);
    }
  }

  @Override
  public void delete(String key) {
    if (KEY.matcher(key).matches()) {
      try {
        Files.deleteIfExists(root.resolve(key));
      } catch (IOException e) {
        throw new UncheckedIOException("Could not delete " + key, e);
      }
    }
  }
}
