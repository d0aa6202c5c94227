package com.otopair.shops;

import static com.otopair.shops.ShopFixtures.montreal;
import static com.otopair.shops.ShopFixtures.newOwner;
import static com.otopair.shops.ShopFixtures.uniqueSlug;
import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.FileStore;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotFoundException;
import com.otopair.identity.UserProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

class ShopPhotosTest extends IntegrationTest {

  @Autowired ShopPhotos photos;
  @Autowired ShopProvisioning provisioning;
  @Autowired UserProvisioning users;
  @Autowired UserDetailsService userDetails;
  @Autowired FileStore files;
  @Autowired JdbcTemplate jdbc;

  final ExecutorService pool = Executors.newFixedThreadPool(12);

  @AfterEach
  void stopPool() {
    pool.shutdownNow();
  }

  private String owner;

  private UUID liveShop() {
    owner = newOwner(users);
    UUID ownerId = jdbc.queryForObject("select id from users where email = ?", UUID.class, owner);
    UUID shop = provisioning.createLiveShop(ownerId, montreal(uniqueSlug("photos")));
    SignIn.as(userDetails, owner);
    return shop;
  }

  static byte[] png(int width, int height) {
    var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(40, 90, 160));
    g.fillRect(0, 0, width, height);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    return out.toByteArray();
  }

  private List<String> captionsInOrder(UUID shop) {
    return jdbc.queryForList(
        "select caption from shop_photos where shop_id = ? order by position", String.class, shop);
  }

  @Test
  void anOwnerAddsPhotosThatAreStoredSmallAsJpegAndShownCoverFirst() throws IOException {
    UUID shop = liveShop();
    ShopPhoto cover = photos.add(shop, png(3200, 2000), "  The service bay  ");
    photos.add(shop, png(400, 300), "");

    List<ShopPhoto> shown = photos.publicPhotos(shop);
    assertThat(shown).extracting(ShopPhoto::position).containsExactly(0, 1);
    assertThat(shown.getFirst().caption()).isEqualTo("The service bay");
    assertThat(shown.get(1).altText("Garage Test")).isEqualTo("Photo 2 of Garage Test");
    assertThat(cover.url()).startsWith("media/shop-photos/").endsWith(".jpg");
    var stored = files.get(cover.url().substring("media/".length())).orElseThrow();
    assertThat(stored.contentType()).isEqualTo("image/jpeg");
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(stored.content()));
    assertThat(image.getWidth()).isEqualTo(1600);
    assertThat(image.getHeight()).isEqualTo(1000);
  }

  @Test
  void captionsChangeAndPhotosMoveUpDownOrBecomeTheCover() {
    UUID shop = liveShop();
    UUID a = photos.add(shop, png(40, 30), "A").id();
    UUID b = photos.add(shop, png(40, 30), "B").id();
    UUID c = photos.add(shop, png(40, 30), "C").id();

    photos.move(shop, c, 0);
    assertThat(captionsInOrder(shop)).containsExactly("C", "A", "B");
    photos.move(shop, c, 1);
    assertThat(captionsInOrder(shop)).containsExactly("A", "C", "B");
    photos.move(shop, b, 99);
    assertThat(captionsInOrder(shop)).containsExactly("A", "C", "B");
    photos.caption(shop, a, "Our storefront on Rue Test");
    assertThat(captionsInOrder(shop)).containsExactly("Our storefront on Rue Test", "C", "B");
    assertRefusedAt(() -> photos.caption(shop, b, "x".repeat(141)), "caption", "140 characters");
    assertRefusedAt(() -> photos.caption(shop, b, "two\nlines"), "caption", "");
  }

  @Test
  void aRemovedPhotoIsGoneWithItsFileAndTheOthersCloseTheGap() {
    UUID shop = liveShop();
    photos.add(shop, png(40, 30), "A");
    ShopPhoto b = photos.add(shop, png(40, 30), "B");
    photos.add(shop, png(40, 30), "C");

    photos.remove(shop, b.id());

    assertThat(captionsInOrder(shop)).containsExactly("A", "C");
    assertThat(
            jdbc.queryForList(
                "select position from shop_photos where shop_id = ? order by position",
                Integer.class,
                shop))
        .containsExactly(0, 1);
    assertThat(files.get(b.url().substring("media/".length()))).isEmpty();
  }

  @Test
  void aNonImageAndAnOversizedFileAreRefusedNextToThePhoto() {
    UUID shop = liveShop();
    assertRefusedAt(
        () -> photos.add(shop, "<svg onload=alert(1)>".getBytes(), ""), "photo", "PNG, JPEG");
    byte[] huge = new byte[11 * 1024 * 1024];
    System.arraycopy(png(10, 10), 0, huge, 0, 8);
    assertRefusedAt(() -> photos.add(shop, huge, ""), "photo", "at most 10 MB");
    byte[] truncated = Arrays.copyOf(png(10, 10), 40);
    assertRefusedAt(() -> photos.add(shop, truncated, ""), "photo", "couldn’t read");
    assertThat(captionsInOrder(shop)).isEmpty();
  }

  @Test
  void aShopShowsAtMostEightPhotos() {
    UUID shop = liveShop();
    for (int i = 0; i < ShopPhotos.MAX_PHOTOS; i++) {
      photos.add(shop, png(40, 30), "Photo " + i);
    }
    assertRefusedAt(() -> photos.add(shop, png(40, 30), ""), "photo", "up to 8 photos");
    assertThat(count(shop)).isEqualTo(8);
  }

  @Test
  void twelveUploadsToTheSameShopAtOnceStoreExactlyEight() throws Exception {
    UUID shop = liveShop();
    byte[] image = png(40, 30);
    var start = new CountDownLatch(1);
    List<Future<Boolean>> results = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      String caption = "Upload " + i;
      results.add(
          pool.submit(
              () -> {
                SignIn.as(userDetails, owner);
                try {
                  start.await();
                  photos.add(shop, image, caption);
                  return true;
                } catch (InvalidRequestException refused) {
                  return false;
                } finally {
                  SecurityContextHolder.clearContext();
                }
              }));
    }
    start.countDown();
    int stored = 0;
    for (Future<Boolean> result : results) {
      stored += result.get() ? 1 : 0;
    }
    assertThat(stored).isEqualTo(8);
    assertThat(count(shop)).isEqualTo(8);
    assertThat(
            jdbc.queryForList(
                "select position from shop_photos where shop_id = ? order by position",
                Integer.class,
                shop))
        .containsExactly(0, 1, 2, 3, 4, 5, 6, 7);
  }

  @Test
  void aStrangerToTheShopIsToldItCantBeFound() {
    UUID shop = liveShop();
    UUID photo = photos.add(shop, png(40, 30), "Mine").id();
    SignIn.as(userDetails, newOwner(users));

    assertThatThrownBy(() -> photos.forOwner(shop)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> photos.add(shop, png(40, 30), ""))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> photos.caption(shop, photo, "Theirs"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> photos.move(shop, photo, 0)).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> photos.remove(shop, photo)).isInstanceOf(NotFoundException.class);
    assertThat(captionsInOrder(shop)).containsExactly("Mine");
  }

  @Test
  void aPhotoOfAnotherShopCantBeReachedThroughTheOwnersShop() {
    UUID other = liveShop();
    UUID theirs = photos.add(other, png(40, 30), "Theirs").id();
    UUID mine = liveShop();

    assertThatThrownBy(() -> photos.remove(mine, theirs))
        .isInstanceOf(NotFoundException.class)
        .hasMessage("We couldn’t find that photo");
    assertThat(captionsInOrder(other)).containsExactly("Theirs");
  }

  @Test
  void theDatabaseItselfRefusesANinthPhoto() {
    UUID shop = liveShop();
    assertThatThrownBy(
            () ->
                jdbc.update(
                    "insert into shop_photos (id, shop_id, position, image_key, created_at)"
                        + " values (gen_random_uuid(), ?, 8, 'shop-photos/x.jpg', now())",
                    shop))
        .hasMessageContaining("shop_photos_position_range");
  }

  private long count(UUID shop) {
    return jdbc.queryForObject(
        "select count(*) from shop_photos where shop_id = ?", Long.class, shop);
  }
}
