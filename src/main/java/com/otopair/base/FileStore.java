package com.otopair.base;

import java.util.Optional;

/**
 * Where uploaded files live: a local folder by default; the same interface can front S3-compatible
 * storage. Keys are opaque, URL-safe and never chosen by the uploader.
 */
public interface FileStore {

  /** A stored file and its media type. */
  record StoredFile(byte[] content, String contentType) {}

  String put(String folder, byte[] content, String contentType);

  Optional<StoredFile> get(String key);

  void delete(String key);

  /** The public address of a stored file. */
  static String url(String key) {
    return "media/" + key;
  }
}
