package com.otopair.consult.web;

import com.otopair.base.VisitorLanguage;
import com.otopair.base.web.ErrorPageHtml;
import com.otopair.consult.SessionFileDownloads;
import com.otopair.consult.SessionFileDownloads.Download;
import jakarta.servlet.http.HttpServletRequest;
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

/**
 * A session's shared files, through the signed links the chat shows. More specific than the public
 * media address, so the file store's keys under {@code session-files/} are never served without a
 * link. A refused link (403), an expired one (410) and an unknown address (404) get the branded
 * error page, written here rather than through the error dispatch, which would send a visitor who
 * is not signed in to the login page instead.
 */
@RestController
class SessionFileController {

  private static final String NOSNIFF = "nosniff";

  private final SessionFileDownloads downloads;
  private final VisitorLanguage visitors;

  SessionFileController(SessionFileDownloads downloads, VisitorLanguage visitors) {
    this.downloads = downloads;
    this.visitors = visitors;
  }

  @GetMapping("/media/session-files/{fileId}")
  ResponseEntity<byte[]> file(
      @PathVariable String fileId,
      @RequestParam(required = false) @Nullable String expires,
      @RequestParam(required = false) @Nullable String signature,
      HttpServletRequest request) {
    UUID id = uuid(fileId);
    if (id == null) {
      return refused(HttpStatus.NOT_FOUND, request);
    }
    if (expires == null || signature == null || !expires.matches("\\d{1,12}")) {
      return refused(HttpStatus.FORBIDDEN, request);
    }
    return switch (downloads.open(id, Long.parseLong(expires), signature)) {
      case Download.Served file ->
          ResponseEntity.ok()
              .contentType(MediaType.parseMediaType(file.contentType()))
              .header(
                  HttpHeaders.CONTENT_DISPOSITION,
                  (file.pdf() ? ContentDisposition.attachment() : ContentDisposition.inline())
                      .filename(file.name(), StandardCharsets.UTF_8)
                      .build()
                      .toString())
              .header("X-Content-Type-Options", NOSNIFF)
              .cacheControl(CacheControl.maxAge(file.freshFor()).cachePrivate())
              .body(file.content());
      case Download.Expired expired -> refused(HttpStatus.GONE, request);
      case Download.Refused refused -> refused(HttpStatus.FORBIDDEN, request);
    };
  }

  private ResponseEntity<byte[]> refused(HttpStatus status, HttpServletRequest request) {
    String page =
        ErrorPageHtml.render(status, visitors.of(request), request.getContextPath() + "/", null);
    return ResponseEntity.status(status)
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .cacheControl(CacheControl.noStore())
        .header("X-Content-Type-Options", NOSNIFF)
        .body(page.getBytes(StandardCharsets.UTF_8));
  }

  private static @Nullable UUID uuid(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException notAnId) {
      return null;
    }
  }
}
