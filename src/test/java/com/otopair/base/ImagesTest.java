package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ImagesTest {

  static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
  static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0};
  static final byte[] WEBP = {'R', 'I', 'F', 'F', 0, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P'};

  @Test
  void picturesAreRecognisedByTheirBytes() {
    assertThat(Images.check(PNG, "logo")).isEqualTo("image/png");
    assertThat(Images.check(JPEG, "logo")).isEqualTo("image/jpeg");
    assertThat(Images.check(WEBP, "logo")).isEqualTo("image/webp");
  }

  @Test
  void otherFilesEmptyFilesAndLargeFilesAreRefusedWithAReason() {
    assertThatThrownBy(() -> Images.check("<svg onload=alert(1)>".getBytes(), "logo"))
        .isInstanceOfSatisfying(
            InvalidRequestException.class,
            r -> {
              assertThat(r.field()).isEqualTo("logo");
              assertThat(r.getMessage()).isEqualTo("Use a PNG, JPEG or WebP picture");
            });
    assertThatThrownBy(() -> Images.check(new byte[0], "logo")).hasMessage("That file is empty");
    byte[] big = new byte[Images.MAX_BYTES + 1];
    System.arraycopy(PNG, 0, big, 0, PNG.length);
    assertThatThrownBy(() -> Images.check(big, "logo")).hasMessage("Use a picture of at most 2 MB");
  }
}
