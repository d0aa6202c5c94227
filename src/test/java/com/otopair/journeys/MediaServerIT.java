package com.otopair.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.FileStore;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Uploaded pictures are served to anyone, with their type, and unknown keys are not found. */
class MediaServerIT extends RunningServer {

  @Autowired FileStore files;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aStoredPictureIsServedWithItsTypeToAnonymousVisitors() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 7};
    String key = files.put("shop-logos", png, "image/png");

    var response =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + FileStore.url(key))).build(),
            HttpResponse.BodyHandlers.ofByteArray());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(response.body()).isEqualTo(png);

    var missing =
        http.send(
            HttpRequest.newBuilder(
                    URI.create(BASE + "media/shop-logos/00000000-0000-0000-0000-000000000000.png"))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    assertThat(missing.statusCode()).isEqualTo(404);

    var escaping =
        http.send(
            HttpRequest.newBuilder(URI.create(BASE + "media/shop-logos/..%2F..%2Fpom.xml")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(escaping.statusCode()).isNotEqualTo(200);
    assertThat(escaping.body()).doesNotContain("<project");
  }
}
