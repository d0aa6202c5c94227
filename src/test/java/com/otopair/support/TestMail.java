package com.otopair.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;

/**
 * A real SMTP server (GreenMail) for the whole test run, on a port chosen once. Tests can stop and
 * start it to simulate an outage; it comes back on the same port.
 */
public final class TestMail {

  private static final int PORT = freePort();
  private static GreenMail server = start();

  private TestMail() {}

  public static int port() {
    return PORT;
  }

  private static GreenMail start() {
    var mail = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  public static synchronized void stop() {
    server.stop();
  }

  public static synchronized void restart() {
    server = start();
  }

  /** Every message received so far. */
  public static synchronized List<MimeMessage> received() {
    return Arrays.asList(server.getReceivedMessages());
  }

  /** Messages received for one address. */
  public static List<MimeMessage> receivedBy(String address) {
    return received().stream()
        .filter(
            message -> {
              try {
                return Arrays.stream(message.getAllRecipients())
                    .anyMatch(r -> r.toString().equalsIgnoreCase(address));
              } catch (MessagingException e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /**
   * Waits (up to 20 s) for the first mail to {@code address} whose subject contains {@code part}.
   */
  public static MimeMessage awaitSubject(String address, String part) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> receivedBy(address).stream().filter(m -> subject(m).contains(part)).findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /**
   * Waits until {@code address} has received at least {@code nth + 1} mails with a link to {@code
   * path}, and returns the link of the {@code nth} (counting from 0) in order of arrival.
   */
  public static String awaitLink(String address, String path, int nth) {
    var pattern =
        Pattern.compile("https?://[^\\s\"<>]*/" + Pattern.quote(path) + "\\?token=[A-Za-z0-9_-]+");
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                receivedBy(address).stream()
                    .map(TestMail::text)
                    .map(pattern::matcher)
                    .filter(Matcher::find)
                    .map(Matcher::group)
                    .skip(nth)
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  /** A mail's subject. */
  public static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The decoded plain-text part of a mail. */
  public static String text(MimeMessage message) {
    try {
      return text(message.getContent());
    } catch (IOException | MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String text(Object content) throws IOException, MessagingException {
    if (content instanceof String text) {
      return text;
    }
    if (content instanceof Multipart multipart) {
      var all = new StringBuilder();
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType("text/plain") || part.isMimeType("multipart/*")) {
          all.append(text(part.getContent()));
        }
      }
      return all.toString();
    }
    return "";
  }

  private static int freePort() {
    try (var socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
