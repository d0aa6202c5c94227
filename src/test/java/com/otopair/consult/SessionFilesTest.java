package com.otopair.consult;

import static com.otopair.support.Refusals.assertRefusedAt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.ConflictException;
import com.otopair.base.FileStore;
import com.otopair.base.NotFoundException;
import com.otopair.base.Roles;
import com.otopair.consult.SessionFileDownloads.Download;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Files shared in a session's chat: typed by their bytes, at most 10 MB, only by its two people
 * while it runs, recorded with their chat line or not at all, and opened through links signed for
 * one viewer that expire after 15 minutes.
 */
class SessionFilesTest extends IntegrationTest {

  @Autowired SessionFiles files;
  @Autowired SessionFileDownloads downloads;
  @Autowired SessionChat chat;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired FileStore store;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;
  @Autowired JdbcTemplate jdbc;

  ConsultFixtures fixture;
  UUID session;

  @BeforeEach
  void activeSession() {
    fixture = ConsultFixtures.create(users, shops, membership);
    session = claimed("The brakes squeal when cold.");
  }

  private UUID claimed(String problem) {
    as(fixture.customerEmail());
    UUID id = live.request(fixture.request(problem));
    as(fixture.shop().alexEmail());
    queue.claim(id);
    SecurityContextHolder.clearContext();
    return id;
  }

  private void as(String email) {
    SignIn.as(userDetails, email);
  }

  static byte[] fixtureFile(String name) {
    try (InputStream in = SessionFilesTest.class.getResourceAsStream("/consult/files/" + name)) {
      if (in == null) {
        throw new IllegalStateException("No test file " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private long fileRows(UUID id) {
    return jdbc.queryForObject(
        "select count(*) from consult_files where session_id = ?", Long.class, id);
  }

  private static Map<String, String> query(String url) {
    var params = UriComponentsBuilder.fromUri(URI.create(url)).build().getQueryParams();
    return Map.of("expires", params.getFirst("expires"), "signature", params.getFirst("signature"));
  }

  private static UUID fileIdOf(String url) {
    String path = URI.create(url).getPath();
    return UUID.fromString(path.substring(path.lastIndexOf('/') + 1));
  }

  private Download open(String url) {
    Map<String, String> q = query(url);
    return downloads.open(fileIdOf(url), Long.parseLong(q.get("expires")), q.get("signature"));
  }

  private static long storedSessionFiles() {
    Path folder = Path.of("target/test-files/session-files");
    if (!Files.isDirectory(folder)) {
      return 0;
    }
    try (Stream<Path> listed = Files.list(folder)) {
      return listed.count();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void eachAcceptedTypeIsReadFromItsBytesWhateverItsName() {
    as(fixture.customerEmail());
    Map<String, String> expected =
        Map.of(
            "dashboard.jpg", "image/jpeg",
            "dashboard.png", "image/png",
            "tire.webp", "image/webp",
            "engine.heic", "image/heic",
            "quote.pdf", "application/pdf");

    expected.forEach(
        (fixtureName, type) -> {
          byte[] bytes = fixtureFile(fixtureName);
          ChatLine line = files.share(session, "from-my-phone.bin", bytes);

          SessionFile file = line.file();
          assertThat(file).isNotNull();
          assertThat(file.contentType()).as(fixtureName).isEqualTo(type);
          assertThat(file.sizeBytes()).isEqualTo(bytes.length);
          assertThat(file.name()).startsWith("from-my-phone.bin.");
          assertThat(store.get(file.fileKey()).orElseThrow().content()).isEqualTo(bytes);
          assertThat(
                  jdbc.queryForObject(
                      "select count(*) from consult_messages m join consult_files f"
                          + " on f.id = m.file_id where m.session_id = ? and f.id = ?"
                          + " and f.content_type = ? and m.author_id = ?",
                      Long.class,
                      session,
                      file.id(),
                      type,
                      fixture.customerId()))
              .as("the file's row and its chat line, " + fixtureName)
              .isEqualTo(1);
        });
    assertThat(fileRows(session)).isEqualTo(5);
  }

  @Test
  void aProgramOrATextRenamedAsAPhotoOrAPdfIsRefused() {
    as(fixture.customerEmail());

    assertRefusedAt(
        () -> files.share(session, "setup.jpg", fixtureFile("setup.jpg")),
        "file",
        "Only photos (JPEG, PNG, WebP, HEIC) and PDFs can be shared");
    assertRefusedAt(
        () -> files.share(session, "notes.pdf", fixtureFile("notes.pdf")),
        "file",
        "Only photos (JPEG, PNG, WebP, HEIC) and PDFs can be shared");
    assertRefusedAt(() -> files.share(session, "empty.pdf", new byte[0]), "file", "empty");
    assertThat(fileRows(session)).isZero();
  }

  @Test
  void tenMegabytesAreAcceptedAndOneByteMoreIsRefusedBeforeItIsStored() {
    as(fixture.customerEmail());
    byte[] pdf = fixtureFile("quote.pdf");
    byte[] limit = Arrays.copyOf(pdf, SessionFiles.MAX_BYTES);
    byte[] over = Arrays.copyOf(pdf, SessionFiles.MAX_BYTES + 1);
    long storedBefore = storedSessionFiles();

    assertRefusedAt(() -> files.share(session, "scan.pdf", over), "file", "over 10 MB");
    assertThat(storedSessionFiles()).isEqualTo(storedBefore);
    assertThat(fileRows(session)).isZero();

    assertThat(files.share(session, "scan.pdf", limit).file().sizeBytes())
        .isEqualTo(SessionFiles.MAX_BYTES);
    assertThat(fileRows(session)).isEqualTo(1);
  }

  @Test
  void onlyTheSessionsCustomerAndItsMechanicShareFiles() {
    byte[] photo = fixtureFile("dashboard.jpg");
    String stranger = "stranger-" + UUID.randomUUID() + "@example.test";
    users.createVerifiedUser(stranger, "Sam Stranger", Roles.CUSTOMER, "a passphrase!");
    as(stranger);
    assertThatThrownBy(() -> files.share(session, "a.jpg", photo))
        .isInstanceOf(NotFoundException.class);

    as(fixture.beaEmail());
    assertThatThrownBy(() -> files.share(session, "a.jpg", photo))
        .as("another mechanic of the shop")
        .isInstanceOf(NotFoundException.class);
    assertThat(fileRows(session)).isZero();

    as(fixture.shop().alexEmail());
    assertThat(files.share(session, "a.jpg", photo).file()).isNotNull();
    assertThat(fileRows(session)).isEqualTo(1);
  }

  @Test
  void aSessionThatHasEndedOrNotStartedTakesNoFiles() {
    byte[] photo = fixtureFile("dashboard.png");
    as(fixture.customerEmail());
    live.end(session);
    long storedBefore = storedSessionFiles();

    assertThatThrownBy(() -> files.share(session, "a.png", photo))
        .isInstanceOf(ConflictException.class)
        .hasMessage("This session has ended; its chat is read-only.");

    UUID waiting = live.request(fixture.request("Another noise."));
    assertThatThrownBy(() -> files.share(waiting, "a.png", photo))
        .isInstanceOf(ConflictException.class);
    assertThat(fileRows(session) + fileRows(waiting)).isZero();
    assertThat(storedSessionFiles()).isEqualTo(storedBefore);
  }

  @Test
  void aFilesLinkOpensItForTheViewerItWasSignedForUntilFifteenMinutesPass() {
    as(fixture.customerEmail());
    byte[] pdf = fixtureFile("quote.pdf");
    String link = files.share(session, "quote.pdf", pdf).file().url();
    assertThat(link).startsWith("media/session-files/");

    assertThat(open(link))
        .isInstanceOfSatisfying(
            Download.Served.class,
            served -> {
              assertThat(served.content()).isEqualTo(pdf);
              assertThat(served.contentType()).isEqualTo("application/pdf");
              assertThat(served.name()).isEqualTo("quote.pdf");
              assertThat(served.freshFor())
                  .isPositive()
                  .isLessThanOrEqualTo(Duration.ofMinutes(15));
            });

    clock.advance(Duration.ofMinutes(14).plusSeconds(55));
    assertThat(open(link)).isInstanceOf(Download.Served.class);
    clock.advance(Duration.ofSeconds(5));
    assertThat(open(link)).as("after 15 minutes").isInstanceOf(Download.Expired.class);
  }

  @Test
  void aLinkIsRefusedToTheOtherParticipantAStrangerAnAnonymousVisitorAndWhenEdited() {
    as(fixture.customerEmail());
    String link = files.share(session, "quote.pdf", fixtureFile("quote.pdf")).file().url();
    Map<String, String> q = query(link);
    UUID fileId = fileIdOf(link);
    long expires = Long.parseLong(q.get("expires"));
    String signature = q.get("signature");

    String flipped = (signature.charAt(0) == 'A' ? "B" : "A") + signature.substring(1);
    assertThat(downloads.open(fileId, expires, flipped)).isInstanceOf(Download.Refused.class);
    assertThat(downloads.open(fileId, expires + 3600, signature))
        .as("a later expiry under the same signature")
        .isInstanceOf(Download.Refused.class);
    assertThat(downloads.open(UUID.randomUUID(), expires, signature))
        .isInstanceOf(Download.Refused.class);

    as(fixture.shop().alexEmail());
    assertThat(downloads.open(fileId, expires, signature))
        .as("the mechanic with the customer's link")
        .isInstanceOf(Download.Refused.class);
    assertThat(open(files.link(fileId)))
        .as("the mechanic's own link")
        .isInstanceOf(Download.Served.class);

    as(fixture.beaEmail());
    assertThat(downloads.open(fileId, expires, signature)).isInstanceOf(Download.Refused.class);
    assertThatThrownBy(() -> files.link(fileId)).isInstanceOf(NotFoundException.class);

    SecurityContextHolder.clearContext();
    assertThat(downloads.open(fileId, expires, signature)).isInstanceOf(Download.Refused.class);
  }

  @Test
  void theShopsOtherPeopleSeeThatAFileWasSharedButGetNoLink() {
    as(fixture.customerEmail());
    files.share(session, "quote.pdf", fixtureFile("quote.pdf"));

    as(fixture.beaEmail());
    SessionFile seenByBea = chat.after(session, 0).getLast().file();
    assertThat(seenByBea).isNotNull();
    assertThat(seenByBea.name()).isEqualTo("quote.pdf");
    assertThat(seenByBea.url()).isNull();

    as(fixture.shop().alexEmail());
    SessionFile seenByAlex = chat.after(session, 0).getLast().file();
    assertThat(seenByAlex.url()).startsWith("media/session-files/" + seenByAlex.id());
    assertThat(open(seenByAlex.url())).isInstanceOf(Download.Served.class);
  }

  @Test
  void imagesAreTheSessionsPhotosABrowserShowsWithLinksForTheCaller() {
    as(fixture.customerEmail());
    UUID png = files.share(session, "dash.png", fixtureFile("dashboard.png")).file().id();
    files.share(session, "quote.pdf", fixtureFile("quote.pdf"));
    files.share(session, "engine.heic", fixtureFile("engine.heic"));
    as(fixture.shop().alexEmail());
    UUID jpg = files.share(session, "pads.jpg", fixtureFile("dashboard.jpg")).file().id();

    List<SessionFile> images = files.images(session);

    assertThat(images).extracting(SessionFile::id).containsExactly(png, jpg);
    assertThat(images)
        .allSatisfy(i -> assertThat(open(i.url())).isInstanceOf(Download.Served.class));
    as(fixture.beaEmail());
    assertThatThrownBy(() -> files.images(session)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void theNameShownIsCleanedAndEndsLikeTheFilesRealType() {
    assertThat(SessionFiles.fileName("C:\\fakepath\\quote.exe", "application/pdf"))
        .isEqualTo("quote.exe.pdf");
    assertThat(SessionFiles.fileName("../../etc/brakes.JPEG", "image/jpeg"))
        .isEqualTo("brakes.JPEG");
    assertThat(SessionFiles.fileName(" \u0000\u202e ", "image/png")).isEqualTo("file.png");
    assertThat(SessionFiles.fileName("x".repeat(500), "application/pdf"))
        .hasSize(SessionFiles.MAX_NAME)
        .endsWith(".pdf");
  }

  @Test
  void filesRacingTheSessionsEndAreRecordedBeforeItOrRefused() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(16);
    try {
      for (int round = 0; round < 3; round++) {
        UUID id = round == 0 ? session : claimed("Round " + round + ": still squealing.");
        var start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 13; i++) {
          String email = i % 2 == 0 ? fixture.customerEmail() : fixture.shop().alexEmail();
          Runnable action =
              i == 6
                  ? () -> live.end(id)
                  : () -> files.share(id, "p.png", fixtureFile("dashboard.png"));
          String who = i == 6 ? fixture.customerEmail() : email;
          Callable<Boolean> call =
              () -> {
                SignIn.as(userDetails, who);
                start.await();
                try {
                  action.run();
                  return true;
                } catch (ConflictException refused) {
                  return false;
                } finally {
                  SecurityContextHolder.clearContext();
                }
              };
          outcomes.add(pool.submit(call));
        }
        start.countDown();
        List<Boolean> results = new ArrayList<>();
        for (Future<Boolean> outcome : outcomes) {
          results.add(outcome.get());
        }

        assertThat(results.get(6)).as("the end, round %d", round).isTrue();
        long shared = results.stream().filter(won -> won).count() - 1;
        assertThat(fileRows(id)).as("files recorded, round %d", round).isEqualTo(shared);
        assertThat(
                jdbc.queryForObject(
                    "select count(*) from consult_files f where f.session_id = ?"
                        + " and (select count(*) from consult_messages m where m.file_id = f.id) <> 1",
                    Long.class,
                    id))
            .as("files without exactly one chat line, round %d", round)
            .isZero();
        assertThat(
                jdbc.queryForObject(
                    "select count(*) from consult_files f join consult_messages m on m.file_id = f.id"
                        + " where f.session_id = ? and m.id > (select e.id from consult_messages e"
                        + " where e.session_id = f.session_id"
                        + " and e.body_key = 'consult.chat.notice.ended.customer')",
                    Long.class,
                    id))
            .as("files shared after the end, round %d", round)
            .isZero();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @AfterEach
  void signOut() {
    SecurityContextHolder.clearContext();
  }
}
