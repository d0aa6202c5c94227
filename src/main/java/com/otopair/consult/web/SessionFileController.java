package com.otopair.consult.web;

import com.otopair.consult.SessionFileDownloads;
import com.otopair.consult.SessionFileDownloads.Download;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * A session's shared files, through the signed links the chat shows. More specific than the public
 * media address, so the file store's keys under {@code session-files/} are never served without a
 * link. A refused or expired link gets the branded error page (403 or 410).
 */
@RestController
class SessionFileController {

  private final SessionFileDownloads downloads;

  SessionFileController(SessionFileDownloads downloads) {
    this.downloads = downloads;
  }

  @GetMapping("/media/session-files/{fileId}")
  ResponseEntity<byte[]> file(
      @PathVariable String fileId,
      @RequestParam(required = false) @Nullable String expires,
      @RequestParam(required = false) @Nullable String signature) {
    UUID id = uuid(fileId);
    long until = number(expires);
    if (signature == null) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
    return switch (downloads.open(id, until, signature)) {
      case Download.Served file ->
          ResponseEntity.ok()
              .contentType(MediaType.parseMediaType(file.contentType()))
              .header(
                  HttpHeaders.CONTENT_DISPOSITION,
                  (file.pdf() ? ContentDisposition.attachment() : ContentDisposition.inline())
                      .filename(file.name(), StandardCharsets.UTF_8)
                      .build()
                      .toString())
              .header("X-Content-Type-Options", "nosniff")
              .cacheControl(CacheControl.maxAge(file.freshFor()).cachePrivate())
              .body(file.content());
      case Download.Expired expired -> throw new ResponseStatusException(HttpStatus.GONE);
      case Download.Refused refused -> throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    };
  }

  private static UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException notAnId) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
  }

  private static long number(@Nullable String text) {
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException notANumber) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN);
    }
  }
}
