package com.otopair.base.web;

import com.otopair.base.FileStore;
import java.time.Duration;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Serves uploaded pictures; keys are random, so each key's content never changes. */
@RestController
class MediaController {

  private final FileStore files;

  MediaController(FileStore files) {
    this.files = files;
  }

  @GetMapping("/media/{folder}/{name}")
  ResponseEntity<byte[]> get(@PathVariable String folder, @PathVariable String name) {
    return files
        .get(folder + "/" + name)
        .map(
            file ->
                ResponseEntity.ok()
                    .contentType(MediaType.parseMediaType(file.contentType()))
                    .cacheControl(
                        CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(file.content()))
        .orElse(ResponseEntity.notFound().build());
  }
}
