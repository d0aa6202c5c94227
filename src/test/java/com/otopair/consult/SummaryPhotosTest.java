package com.otopair.consult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.otopair.base.NotFoundException;
import com.otopair.consult.SessionFileDownloads.Download;
import com.otopair.consult.domain.SharedFileRepository;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A summary attaches the images shared in its session's chat: its mechanic is offered them, and
 * each reader of the sent summary (its customer, the shop's owner) opens them through a link signed
 * for them; the owner opens a chat image only once a summary attaches it, and nobody else reads the
 * summary's photos.
 */
class SummaryPhotosTest extends IntegrationTest {

  @Autowired SessionFiles files;
  @Autowired SessionFileDownloads downloads;
  @Autowired SessionFileLinks links;
  @Autowired SharedFileRepository shared;
  @Autowired SessionReports reports;
  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired UserDetailsService userDetails;

  ConsultFixtures fixture;
  UUID session;
  UUID fileId;
  String fileKey;

  @BeforeEach
  void aChatPhotoInAnEndedSession() {
    fixture = ConsultFixtures.create(users, shops, membership);
    SignIn.as(userDetails, fixture.customerEmail());
    session = live.request(fixture.request("The dashboard shows a warning I do not know."));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
    SignIn.as(userDetails, fixture.customerEmail());
    files.share(session, "dashboard.png", SessionFilesTest.fixtureFile("dashboard.png"));
    live.end(session);
    var file = shared.findAll().stream().filter(f -> f.getSessionId().equals(session)).findFirst();
    fileId = file.orElseThrow().getId();
    fileKey = file.orElseThrow().getFileKey();
    SecurityContextHolder.clearContext();
  }

  private ReportDraft draft(List<String> photos) {
    return new ReportDraft(
        "The light is the tyre pressure warning.",
        "",
        List.of(),
        "",
        ReportUrgency.ROUTINE,
        null,
        photos);
  }

  private Download open(String url) {
    var params = UriComponentsBuilder.fromUri(URI.create("http://x/" + url)).build();
    return downloads.open(
        fileId,
        Long.parseLong(params.getQueryParams().getFirst("expires")),
        params.getQueryParams().getFirst("signature"));
  }

  @Test
  void theChatsImagesAreOfferedAttachedAndOpenForEachReaderOfTheSentSummary() {
    SignIn.as(userDetails, fixture.shop().alexEmail());
    List<ReportPhoto> offered = reports.photosOffered(session);
    assertThat(offered).extracting(ReportPhoto::key).containsExactly(fileKey);
    assertThat(offered.getFirst().url()).startsWith("media/session-files/" + fileId + "?");

    // Before a summary attaches it, the shop's owner cannot open the chat's image.
    UUID owner = users.findByEmail(fixture.shop().ownerEmail()).orElseThrow();
    String ownersLink = links.url(fileId, owner);
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    assertThat(open(ownersLink)).isInstanceOf(Download.Refused.class);

    SignIn.as(userDetails, fixture.shop().alexEmail());
    reports.save(session, draft(List.of(fileKey)));
    reports.send(session);

    SignIn.as(userDetails, fixture.customerEmail());
    List<ReportPhoto> customers = reports.photos(session);
    assertThat(customers).extracting(ReportPhoto::key).containsExactly(fileKey);
    assertThat(open(customers.getFirst().url())).isInstanceOf(Download.Served.class);

    SignIn.as(userDetails, fixture.shop().ownerEmail());
    List<ReportPhoto> owners = reports.photos(session);
    assertThat(owners).extracting(ReportPhoto::key).containsExactly(fileKey);
    assertThat(open(owners.getFirst().url())).isInstanceOf(Download.Served.class);
    // A link signed for the customer is still not the owner's.
    assertThat(open(customers.getFirst().url())).isInstanceOf(Download.Refused.class);
  }

  @Test
  void anotherMechanicOfTheShopReadsNoPhotosAndTheCustomerNoneBeforeItIsSent() {
    SignIn.as(userDetails, fixture.shop().alexEmail());
    reports.save(session, draft(List.of(fileKey)));

    SignIn.as(userDetails, fixture.customerEmail());
    assertThatThrownBy(() -> reports.photos(session)).isInstanceOf(NotFoundException.class);

    SignIn.as(userDetails, fixture.shop().alexEmail());
    reports.send(session);
    SignIn.as(userDetails, fixture.beaEmail());
    assertThatThrownBy(() -> reports.photos(session)).isInstanceOf(NotFoundException.class);
  }
}
