package com.otopair.consult.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.UploadKt;
import com.otopair.consult.ConsultFixtures;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.SessionQueue;
import com.otopair.identity.UserProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.messages.MessageListItem;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.UUID;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Sharing a photo or a PDF from a session's chat, and what each side then sees. */
class SessionFilesViewTest extends KaribuTest {

  @Autowired LiveSessions live;
  @Autowired SessionQueue queue;
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
    SignIn.as(userDetails, fixture.customerEmail());
    session = live.request(fixture.request("The brakes squeal when cold."));
    SignIn.as(userDetails, fixture.shop().alexEmail());
    queue.claim(session);
    SecurityContextHolder.clearContext();
  }

  private static byte[] file(String name) throws IOException {
    try (InputStream in =
        SessionFilesViewTest.class.getResourceAsStream("/consult/files/" + name)) {
      return in.readAllBytes();
    }
  }

  private static List<MessageListItem> lines() {
    return _get(ChatPanel.class).list.getItems();
  }

  private static List<MessageListItem.Attachment> attachments() {
    return lines().stream().flatMap(i -> i.getAttachments().stream()).toList();
  }

  private void upload(String name, String claimedType, byte[] bytes) {
    UploadKt._upload(_get(ChatPanel.class).file.upload, name, claimedType, bytes);
  }

  @Test
  void aPhotoAndAPdfSharedByTheCustomerShowForBothSides() throws IOException {
    openAs(fixture.customerEmail());
    navigate("sessions/" + session);

    upload("dashboard.png", "image/png", file("dashboard.png"));
    upload("quote.pdf", "application/pdf", file("quote.pdf"));
    upload("engine.heic", "", file("engine.heic"));

    assertThat(_get(ChatPanel.class).file.error.isVisible()).isFalse();
    assertThat(attachments())
        .extracting(MessageListItem.Attachment::name, MessageListItem.Attachment::mimeType)
        .containsExactly(
            Tuple.tuple("dashboard.png (1 KB)", "image/png"),
            Tuple.tuple("quote.pdf (1 KB)", "application/pdf"),
            Tuple.tuple("engine.heic (1 KB)", "application/octet-stream"));
    List<String> customersLinks =
        attachments().stream().map(MessageListItem.Attachment::url).toList();
    assertThat(customersLinks)
        .allSatisfy(url -> assertThat(url).startsWith("media/session-files/"));

    openAs(fixture.shop().alexEmail());
    navigate("sessions/" + session);

    assertThat(attachments())
        .extracting(MessageListItem.Attachment::name, MessageListItem.Attachment::mimeType)
        .containsExactly(
            Tuple.tuple("dashboard.png (1 KB)", "image/png"),
            Tuple.tuple("quote.pdf (1 KB)", "application/pdf"),
            Tuple.tuple("engine.heic (1 KB)", "application/octet-stream"));
    assertThat(attachments())
        .extracting(MessageListItem.Attachment::url)
        .as("links signed for the mechanic, not the customer's")
        .doesNotContainAnyElementsOf(customersLinks);
  }

  @Test
  void aRenamedProgramIsRefusedNextToTheUploadAndNothingIsShared() throws IOException {
    openAs(fixture.customerEmail());
    navigate("sessions/" + session);

    upload("brakes.jpg", "image/jpeg", file("setup.jpg"));

    ChatFileUpload upload = _get(ChatPanel.class).file;
    assertThat(upload.error.isVisible()).isTrue();
    assertThat(upload.error.getText())
        .isEqualTo(
            "Only photos (JPEG, PNG, WebP, HEIC) and PDFs can be shared; that file is neither.");
    assertThat(attachments()).isEmpty();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from consult_files where session_id = ?", Long.class, session))
        .isZero();
  }

  @Test
  void theShopsOtherMechanicReadsThatAFileWasSharedWithoutALink() throws IOException {
    openAs(fixture.customerEmail());
    navigate("sessions/" + session);
    upload("quote.pdf", "application/pdf", file("quote.pdf"));

    openAs(fixture.beaEmail());
    navigate("sessions/" + session);

    assertThat(attachments()).isEmpty();
    assertThat(lines().getLast().getText()).isEqualTo("Shared a file: quote.pdf (1 KB)");
  }
}
