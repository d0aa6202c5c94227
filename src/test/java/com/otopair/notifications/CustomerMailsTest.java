package com.otopair.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingDetails;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.VehicleDetails;
import com.otopair.identity.AccountLanguages;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobFilter;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.JobWorkflow;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.IntegrationTest;
import com.otopair.support.SignIn;
import com.otopair.support.TestMail;
import jakarta.mail.BodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * What customers hear after booking: a moved booking (with its calendar invitation moved), their
 * own cancellation, their job accepted and completed, and a word asking how it went; each under the
 * shop's name, with the Email preferences link.
 */
class CustomerMailsTest extends IntegrationTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired BookingHolds bookings;
  @Autowired BookingChanges bookingChanges;
  @Autowired JobBoard jobs;
  @Autowired JobWorkflow workflow;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired BookingMails bookingMails;
  @Autowired RemindersMail remindersMail;
  @Autowired AccountLanguages languages;

  BookingFixtures fixture;
  String customer;
  String shopName;
  LocalDate monday;

  @BeforeEach
  void aBookedCustomer() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    customer = BookingFixtures.customers(users, 1).getFirst();
    shopName = membership.letterhead(fixture.shop().shopId()).name();
    monday =
        LocalDate.now(clock.withZone(TORONTO))
            .plusWeeks(2)
            .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  private BookingSummary book(int hour) {
    return book(customer, hour);
  }

  private BookingSummary book(String who, int hour) {
    SignIn.as(userDetails, who);
    var held =
        bookings.hold(
            fixture.shop().shopId(),
            fixture.oilChange(),
            fixture.shop().bea(),
            monday.atTime(hour, 0).atZone(TORONTO).toInstant());
    return bookings.confirm(
        held.id(),
        new BookingDetails(
            new VehicleDetails(null, 2019, "Toyota", "Corolla", null, ""),
            "Oil light",
            "+1 514 555 0123"));
  }

  private MimeMessage awaitMail(String subjectPart) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () ->
                TestMail.receivedBy(customer).stream()
                    .filter(m -> TestMail.subject(m).contains(subjectPart))
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private List<String> subjects() {
    return TestMail.receivedBy(customer).stream().map(TestMail::subject).toList();
  }

  @Test
  void aMovedBookingIsAnnouncedAsMovedWithTheInvitationMovedInTheCalendar() throws Exception {
    BookingSummary first = book(9);
    awaitMail("Booked: Oil change at " + shopName);

    BookingSummary moved =
        bookingChanges.reschedule(
            first.id(), fixture.shop().bea(), monday.atTime(11, 0).atZone(TORONTO).toInstant());

    MimeMessage mail = awaitMail("Moved: ");
    assertThat(TestMail.subject(mail))
        .isEqualTo(
            "Moved: Oil change at " + shopName + ", " + longDate() + " at 11:00 AM (Eastern Time)");
    assertThat(TestMail.text(mail))
        .contains("Your booking moved: Oil change at " + shopName + " with Béa Roy is now")
        .contains("at 11:00 AM (Eastern Time)")
        .contains("/manage/" + moved.id() + "?token=")
        .contains(shopName + " on Otopair")
        .contains("Email preferences: http://otopair.test/preferences");
    assertThat(html(mail)).contains(shopName).contains("Email preferences");
    String invite = attachment(mail, "otopair-booking.ics");
    assertThat(invite)
        .contains("UID:" + first.id() + "@otopair")
        .contains("SEQUENCE:1")
        .contains(
            "DTSTART:"
                + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
                    .withZone(ZoneOffset.UTC)
                    .format(moved.start()));
    // Announced once as booked, once as moved: never "Booked" again for the move.
    assertThat(subjects()).filteredOn(s -> s.startsWith("Booked: ")).hasSize(1);
  }

  @Test
  void eachCustomerIsMailedInTheirAccountsLanguageWhateverLanguageTriggeredIt() {
    String french = BookingFixtures.customers(users, 1).getFirst();
    languages.choose(users.findByEmail(french).orElseThrow(), I18n.FRENCH);

    I18n.in(I18n.ENGLISH, () -> book(french, 9));
    I18n.in(I18n.FRENCH, () -> book(customer, 11));

    MimeMessage inFrench = TestMail.awaitSubject(french, "Réservé\u00a0: Oil change");
    assertThat(TestMail.subject(inFrench)).contains(" chez " + shopName + ", lundi ");
    assertThat(TestMail.text(inFrench))
        .contains("Bonjour Casey,", "Vous avez rendez-vous\u00a0: ", " à 9 h 00 (heure de l’Est)")
        .contains("Gérer votre réservation\u00a0: http://otopair.test/manage/")
        .contains("Préférences de courriel\u00a0: http://otopair.test/preferences")
        .doesNotContain("Hello", "Email preferences");
    MimeMessage inEnglish = awaitMail("Booked: Oil change at " + shopName);
    assertThat(TestMail.text(inEnglish))
        .contains("Hello ", "You’re booked: Oil change at " + shopName, "at 11:00 AM")
        .doesNotContain("Bonjour");
  }

  @Test
  void aBookingInTheRepeatedHourIsMailedWithItsZoneAndInvitedAtItsOwnInstant() {
    // The second of the two 1:00 AMs of Toronto's fall-back night: 06:00 UTC.
    BookingSummary booking = summaryAt(Instant.parse("2027-11-07T06:00:00Z"));

    OutgoingMail confirmation =
        bookingMails.confirmation(booking, customer, "http://otopair.test/manage/x");
    OutgoingMail reminder =
        remindersMail.reminder(
            Reminders.Kind.DAY_BEFORE, new BookingNotices.Notice(booking, customer, "manage/x"));

    assertThat(confirmation.subject())
        .isEqualTo("Booked: Oil change at " + shopName + ", Sunday, November 7 at 1:00 AM EST");
    assertThat(confirmation.text()).contains("Sunday, November 7 at 1:00 AM EST (Eastern Time)");
    assertThat(reminder.text()).contains("Sunday, November 7 at 1:00 AM EST (Eastern Time)");
    String invite =
        new String(confirmation.attachments().getFirst().content(), StandardCharsets.UTF_8);
    assertThat(invite)
        .contains("\r\nDTSTART:20271107T060000Z\r\n")
        .contains("\r\nDTEND:20271107T070000Z\r\n")
        .contains("\r\nUID:" + booking.id() + "@otopair\r\n");
  }

  private BookingSummary summaryAt(Instant start) {
    return new BookingSummary(
        UUID.randomUUID(),
        fixture.shop().shopId(),
        shopName,
        "garage",
        TORONTO,
        fixture.shop().bea(),
        "Béa Roy",
        UUID.randomUUID(),
        "Casey Customer",
        fixture.oilChange(),
        "Oil change",
        BookingStatus.CONFIRMED,
        start,
        start.plus(Duration.ofHours(1)),
        BookingFixtures.PRICE,
        BigDecimal.ONE,
        null,
        null,
        "",
        0,
        null,
        false,
        null);
  }

  @Test
  void aCustomersOwnCancellationIsConfirmedWithWhatHappensToThePayment() {
    BookingSummary booking = book(10);
    awaitMail("Booked: ");

    bookingChanges.cancel(booking.id(), "Changed my mind");

    MimeMessage mail = awaitMail("Cancelled: ");
    assertThat(TestMail.subject(mail))
        .isEqualTo(
            "Cancelled: Oil change at "
                + shopName
                + ", "
                + longDate()
                + " at 10:00 AM (Eastern Time)");
    assertThat(TestMail.text(mail))
        .contains("You cancelled your booking: Oil change at " + shopName)
        .contains("You cancelled in time, so nothing is owed")
        .contains("a separate email")
        .contains("/shops/")
        .contains("Email preferences: http://otopair.test/preferences");
    assertThat(subjects()).noneMatch(s -> s.contains("cancelled your booking"));
  }

  @Test
  void theCustomerHearsTheJobIsAcceptedThenDoneAndIsAskedHowItWent() throws Exception {
    BookingSummary booking = book(9);
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    JobSummary job =
        Awaitility.await()
            .pollInSameThread()
            .atMost(Duration.ofSeconds(10))
            .until(
                () ->
                    jobs.board(fixture.shop().shopId(), JobFilter.all()).stream()
                        .filter(j -> booking.id().equals(j.bookingId()))
                        .findFirst(),
                Optional::isPresent)
            .orElseThrow();

    workflow.move(job.id(), JobStatus.ACCEPTED, "");
    MimeMessage accepted = awaitMail(shopName + " accepted your job");
    assertThat(TestMail.subject(accepted)).isEqualTo(shopName + " accepted your job: Oil change");
    assertThat(TestMail.text(accepted))
        .contains(
            shopName + " accepted Oil change (" + job.reference() + ") on your 2019 Toyota Corolla")
        .contains("/manage/" + booking.id() + "?token=")
        .contains("Email preferences: http://otopair.test/preferences");

    workflow.move(job.id(), JobStatus.IN_PROGRESS, "");
    workflow.move(job.id(), JobStatus.COMPLETED, "");
    MimeMessage done = awaitMail("Done: Oil change at " + shopName);
    assertThat(TestMail.text(done))
        .contains(shopName + " finished Oil change (" + job.reference() + ")")
        .contains("/manage/" + booking.id() + "?token=");
    MimeMessage review = awaitMail("How did it go at " + shopName + "?");
    assertThat(TestMail.text(review))
        .contains("How did it go at " + shopName + "?")
        .contains("/review/booking/" + booking.id() + "?token=")
        .contains("Email preferences: http://otopair.test/preferences");
    assertThat(html(review)).contains(shopName + " on Otopair");
  }

  private String longDate() {
    return DateTimeFormatter.ofPattern("EEEE, MMMM d", Locale.US).format(monday);
  }

  private static String html(MimeMessage message) throws Exception {
    return part(message.getContent(), "text/html");
  }

  private static String part(Object content, String type) throws Exception {
    if (content instanceof MimeMultipart multipart) {
      for (int i = 0; i < multipart.getCount(); i++) {
        BodyPart part = multipart.getBodyPart(i);
        if (part.isMimeType(type)) {
          return (String) part.getContent();
        }
        String inner = part(part.getContent(), type);
        if (!inner.isEmpty()) {
          return inner;
        }
      }
    }
    return "";
  }

  private static String attachment(MimeMessage message, String name) throws Exception {
    var parts = (MimeMultipart) message.getContent();
    for (int i = 0; i < parts.getCount(); i++) {
      BodyPart part = parts.getBodyPart(i);
      if (name.equals(part.getFileName())) {
        var out = new ByteArrayOutputStream();
        part.getInputStream().transferTo(out);
        return out.toString(StandardCharsets.UTF_8);
      }
    }
    throw new AssertionError("No attachment " + name);
  }
}
