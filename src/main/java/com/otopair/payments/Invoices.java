package com.otopair.payments;

import com.otopair.base.FileStore;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.booking.BookingNotices;
import com.otopair.booking.BookingStatus;
import com.otopair.booking.BookingSummary;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.jobs.JobDetails;
import com.otopair.jobs.JobNotices;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.LineApproval;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.invoice.InvoiceDocument;
import com.otopair.payments.invoice.InvoiceKind;
import com.otopair.payments.invoice.InvoicePdf;
import com.otopair.shops.ShopMembership;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invoices and receipts: one per payment, numbered without gaps per shop (the counter row is locked
 * while a number is taken), rendered as PDF on demand from what the payment, the job and the
 * booking say now. A payment with nothing left to pay prints as a receipt.
 */
@Component
@Transactional
class Invoices {

  private final JdbcClient jdbc;
  private final ShopMembership shops;
  private final UserContacts contacts;
  private final JobNotices jobs;
  private final BookingNotices bookings;
  private final FileStore files;

  Invoices(
      JdbcClient jdbc,
      ShopMembership shops,
      UserContacts contacts,
      JobNotices jobs,
      BookingNotices bookings,
      FileStore files) {
    this.jdbc = jdbc;
    this.shops = shops;
    this.contacts = contacts;
    this.jobs = jobs;
    this.bookings = bookings;
    this.files = files;
  }

  /** Gives the payment its invoice number, once. */
  void issue(Payment payment) {
    boolean exists =
        jdbc.sql(
                    """
                select count(*) from invoices where payment_id = ?""")
                .param(payment.getId())
                .query(Integer.class)
                .single()
            > 0;
    if (exists) {
      return;
    }
    int number =
        jdbc.sql(
                """
                insert into invoice_counters (shop_id, last) values (?, 1)
                on conflict (shop_id) do update set last = invoice_counters.last + 1
                returning last""")
            .param(payment.getShopId())
            .query(Integer.class)
            .single();
    jdbc.sql(
            """
            insert into invoices (id, shop_id, payment_id, number, issued_at)
            values (?, ?, ?, ?, ?)""")
        .param(UUID.randomUUID())
        .param(payment.getShopId())
        .param(payment.getId())
        .param(number)
        .param(Timestamp.from(payment.getUpdatedAt()))
        .update();
  }

  /** "GP-0042": the shop's initials and its sequential number. */
  Optional<String> number(UUID paymentId) {
    return jdbc.sql(
            """
            select i.number, s.slug from invoices i join shops s on s.id = i.shop_id
            where i.payment_id = ?""")
        .param(paymentId)
        .query((rs, n) -> format(rs.getString("slug"), rs.getInt("number")))
        .optional();
  }

  private Optional<Instant> issuedAt(UUID paymentId) {
    return jdbc.sql(
            """
            select issued_at from invoices where payment_id = ?""")
        .param(paymentId)
        .query((rs, n) -> rs.getTimestamp(1).toInstant())
        .optional();
  }

  static String format(String slug, int number) {
    StringBuilder initials = new StringBuilder();
    for (String part : slug.split("-")) {
      if (!part.isEmpty() && initials.length() < 3) {
        initials.append(Character.toUpperCase(part.charAt(0)));
      }
    }
    return (initials.isEmpty() ? "INV" : initials)
        + "-"
        + String.format(Locale.ROOT, "%04d", number);
  }

  /**
   * The payment's invoice (or receipt, once nothing is left to pay) as a PDF, worded in {@code
   * locale}: the page's language when downloaded, the recipient's when mailed.
   */
  @Transactional(readOnly = true)
  InvoiceFile render(Payment payment, Locale locale) {
    String number =
        number(payment.getId())
            .orElseThrow(() -> new NotFoundException("payments.invoice.not-yet"));
    var shop = shops.letterhead(payment.getShopId());
    var zone = shops.zoneOf(payment.getShopId());
    UserContact customer =
        contacts
            .find(payment.getCustomerId())
            .orElse(
                new UserContact(
                    payment.getCustomerId(), I18n.t(locale, "payments.invoice.customer"), ""));
    Optional<JobDetails> job =
        switch (payment.subject().kind()) {
          case BOOKING -> jobs.forBooking(payment.getSubjectId()).map(JobNotices.Notice::job);
          case JOB -> jobs.notice(payment.getSubjectId()).map(JobNotices.Notice::job);
          default -> Optional.empty();
        };
    @Nullable BookingSummary booking =
        payment.subject().kind() == PaymentSubject.Kind.BOOKING
            ? bookings.booking(payment.getSubjectId())
            : null;
    String description = I18n.in(locale, () -> StoredText.read(payment.getDescription()));
    List<InvoiceDocument.Line> lines = new ArrayList<>();
    Money subtotal;
    Money tax;
    String taxLabel;
    boolean settled =
        payment.getStatus() == PaymentStatus.CAPTURED
            || payment.getStatus() == PaymentStatus.REFUNDED;
    boolean cancelled = booking != null && booking.status() == BookingStatus.CANCELLED;
    if (job.isPresent()
        && job.get().job().status() == JobStatus.COMPLETED
        && job.get().totals().approvedTotal().minor() > 0) {
      JobDetails details = job.get();
      details.lines().stream()
          .filter(l -> l.approval() == LineApproval.APPROVED)
          .forEach(
              l ->
                  lines.add(
                      new InvoiceDocument.Line(
                          l.description(), l.quantity(), l.unitPrice(), l.total())));
      subtotal = details.totals().approvedSubtotal();
      tax = details.totals().tax();
      taxLabel = taxLabel(details.taxRate(), locale);
    } else {
      // The booked service at its price, or, for a late cancellation, what the shop kept.
      Money price =
          settled && cancelled
              ? payment.money(payment.paidMinor())
              : payment.money(payment.getAmountMinor());
      String what =
          settled && cancelled
              ? I18n.t(locale, "payments.invoice.late-cancellation", description)
              : description;
      lines.add(new InvoiceDocument.Line(what, BigDecimal.ONE, price, price));
      subtotal = price;
      if (payment.subject().kind() == PaymentSubject.Kind.SESSION && payment.getExtraMinor() > 0) {
        // A live session's extra time, charged on its own as the customer accepted it.
        Money extra = payment.money(payment.getExtraMinor());
        lines.add(
            new InvoiceDocument.Line(
                I18n.t(locale, "payments.invoice.extra-time"), BigDecimal.ONE, extra, extra));
        subtotal = payment.money(price.minor() + extra.minor());
      }
      tax = payment.money(0);
      taxLabel = I18n.t(locale, "payments.invoice.tax-included");
    }
    Money total = payment.money(subtotal.minor() + tax.minor());
    Money paid = settled ? payment.money(payment.paidMinor()) : payment.money(0);
    // Due: at the shop, all of it; after a card payment, whatever the card didn't cover (an extra
    // charge the bank refused, which the shop collects).
    Money due =
        payment.getStatus() == PaymentStatus.DUE
            ? payment.money(payment.getAmountMinor())
            : settled ? payment.money(Math.max(0, total.minor() - paid.minor())) : payment.money(0);
    String vehicle =
        job.map(j -> j.job().vehicle())
            .filter(v -> !v.isBlank())
            .orElse(booking != null && booking.vehicle() != null ? booking.vehicle() : "");
    String forWhat =
        booking == null
            ? description
            : I18n.t(
                locale,
                "payments.invoice.reference.booking",
                Formats.of(locale).when(booking.start(), zone));
    String reference =
        job.map(j -> I18n.t(locale, "payments.invoice.reference.job", j.job().reference(), forWhat))
            .orElse(forWhat);
    byte @Nullable [] logo =
        shop.logoKey() == null
            ? null
            : files.get(shop.logoKey()).map(FileStore.StoredFile::content).orElse(null);
    InvoiceKind kind = due.minor() == 0 ? InvoiceKind.RECEIPT : InvoiceKind.INVOICE;
    var document =
        new InvoiceDocument(
            kind,
            number,
            LocalDate.ofInstant(issuedAt(payment.getId()).orElse(payment.getUpdatedAt()), zone),
            shop.name(),
            shop.address(),
            shop.phone(),
            "",
            logo,
            customer.name(),
            customer.email(),
            vehicle,
            reference,
            lines,
            subtotal,
            taxLabel,
            tax,
            total,
            paid,
            payment.money(payment.getRefundedMinor()),
            due,
            method(payment, locale),
            kind == InvoiceKind.RECEIPT
                ? I18n.t(locale, "payments.invoice.thanks", shop.name())
                : I18n.t(locale, "payments.invoice.pay-at-shop"));
    return new InvoiceFile(
        kind.fileName(locale) + "-" + number + ".pdf", InvoicePdf.render(document, locale));
  }

  /**
   * The tax as the invoice names it: Québec's combined rate as "GST + QST 14.975%" ("TPS + TVQ
   * 14,975 %"), any other as "Tax 13%".
   */
  static String taxLabel(BigDecimal rate, Locale locale) {
    BigDecimal percent = rate.stripTrailingZeros();
    return I18n.t(
        locale,
        percent.compareTo(QUEBEC_GST_QST) == 0
            ? "payments.invoice.tax-gst-qst"
            : "payments.invoice.tax-rate",
        percent);
  }

  /** Québec's sales taxes together: the GST's 5% and the QST's 9.975%. */
  private static final BigDecimal QUEBEC_GST_QST = new BigDecimal("14.975");

  static String method(Payment payment, Locale locale) {
    if (payment.getGateway() == Payment.Gateway.OFFLINE) {
      return I18n.t(
          locale,
          payment.getStatus() == PaymentStatus.CAPTURED
              ? "payments.method.paid-at-shop"
              : "payments.method.pay-at-shop");
    }
    return card(payment.getCardBrand(), payment.getCardLast4(), locale);
  }

  /** "Visa •••• 4242": the card's brand (a brand name, in every language) and its last digits. */
  static String card(@Nullable String brand, @Nullable String last4) {
    return card(brand, last4, I18n.current());
  }

  static String card(@Nullable String brand, @Nullable String last4, Locale locale) {
    if (last4 == null) {
      return I18n.t(locale, "payments.card.generic");
    }
    String name =
        brand == null
            ? I18n.t(locale, "payments.card.generic")
            : switch (brand) {
              case "visa" -> "Visa"; // i18n: a brand name
              case "mastercard" -> "Mastercard"; // i18n: a brand name
              case "amex" -> "American Express"; // i18n: a brand name
              default -> Character.toUpperCase(brand.charAt(0)) + brand.substring(1);
            };
    return I18n.t(locale, "payments.card.number", name, last4);
  }
}
