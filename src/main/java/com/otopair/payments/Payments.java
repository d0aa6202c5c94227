package com.otopair.payments;

import com.otopair.base.ClientAddress;
import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.NotFoundException;
import com.otopair.base.PublicLinks;
import com.otopair.base.Roles;
import com.otopair.base.SignedInUser;
import com.otopair.booking.BookingChanges;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.ManageLinks;
import com.otopair.booking.MyBookings;
import com.otopair.identity.UserContact;
import com.otopair.identity.UserContacts;
import com.otopair.payments.domain.Payment;
import com.otopair.payments.domain.PaymentRefund;
import com.otopair.payments.domain.PaymentRefundRepository;
import com.otopair.payments.domain.PaymentRepository;
import com.otopair.payments.domain.ShopPaymentSettings;
import com.otopair.payments.domain.ShopPaymentSettingsRepository;
import com.otopair.payments.gateway.PaymentGateway;
import com.otopair.payments.gateway.StripeSettings;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Payments as people see and handle them: a shop owner's payment mode, payout account, payouts and
 * payments; a customer's payment for their booking and its invoice; an admin's search, refunds and
 * forced cancellations. A shop owner reaches only their own shop's payments, whatever id arrives.
 */
@Service
@Transactional
public class Payments {

  private final PaymentRepository payments;
  private final PaymentRefundRepository refunds;
  private final ShopPaymentSettingsRepository settings;
  private final PaymentFlows flows;
  private final Invoices invoices;
  private final PaymentGateway gateway;
  private final StripeSettings stripe;
  private final MyBookings bookings;
  private final ManageLinks bookingLinks;
  private final BookingChanges bookingChanges;
  private final ShopMembership shops;
  private final UserContacts contacts;
  private final PublicLinks links;
  private final Clock clock;
  private final ApplicationEventPublisher events;

  Payments(
      PaymentRepository payments,
      PaymentRefundRepository refunds,
      ShopPaymentSettingsRepository settings,
      PaymentFlows flows,
      Invoices invoices,
      PaymentGateway gateway,
      StripeSettings stripe,
      MyBookings bookings,
      ManageLinks bookingLinks,
      BookingChanges bookingChanges,
      ShopMembership shops,
      UserContacts contacts,
      PublicLinks links,
      Clock clock,
      ApplicationEventPublisher events) {
    this.payments = payments;
    this.refunds = refunds;
    this.settings = settings;
    this.flows = flows;
    this.invoices = invoices;
    this.gateway = gateway;
    this.stripe = stripe;
    this.bookings = bookings;
    this.bookingLinks = bookingLinks;
    this.bookingChanges = bookingChanges;
    this.shops = shops;
    this.contacts = contacts;
    this.links = links;
    this.clock = clock;
    this.events = events;
  }

  // --- shop owners

  /** How the shop takes money. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public PaymentSetup setup(UUID shopId) {
    shops.requireOwner(shopId);
    return setupOf(flows.settingsOf(shopId));
  }

  private PaymentSetup setupOf(ShopPaymentSettings shop) {
    return new PaymentSetup(
        shop.getMode(),
        shop.getLateRefundPercent(),
        shop.getAccountStatus(),
        shop.getAccountId(),
        gateway.online(),
        stripe.applicationFeePercent().stripTrailingZeros().toPlainString() + "%");
  }

  /**
   * Changes how the shop takes money. Online payment needs Stripe on this Otopair and a connected
   * payout account that Stripe enabled.
   */
  @PreAuthorize("isAuthenticated()")
  public PaymentSetup changeSetup(UUID shopId, PaymentMode mode, int lateRefundPercent) {
    shops.requireOwner(shopId);
    if (lateRefundPercent < 0 || lateRefundPercent > 100) {
      throw new InvalidRequestException("lateRefund", "Pick a share from 0% to 100%");
    }
    ShopPaymentSettings shop = flows.settingsOf(shopId);
    if (mode != PaymentMode.OFF) {
      if (!gateway.online()) {
        throw new InvalidRequestException(
            "mode", "Online payments aren't set up on this Otopair; customers pay at the shop");
      }
      if (shop.getAccountStatus() != PayoutAccountStatus.ENABLED) {
        throw new InvalidRequestException(
            "mode", "Connect your Stripe account first, so payouts have somewhere to go");
      }
    }
    shop.change(mode, lateRefundPercent, clock.instant());
    settings.saveAndFlush(shop);
    audit(
        "PAYMENT_SETUP_CHANGED",
        "shop " + shops.ref(shopId).slug(),
        mode.label() + "; late cancellations refund " + lateRefundPercent + "%");
    return setupOf(shop);
  }

  /**
   * Starts (or resumes) Stripe Express onboarding for the shop; answers the page to send the owner
   * to. Stripe sends them back to the shop's payments page.
   */
  @PreAuthorize("isAuthenticated()")
  public String connect(UUID shopId) {
    shops.requireOwner(shopId);
    if (!gateway.online()) {
      throw new ConflictException(
          "Online payments aren't set up on this Otopair; customers pay at the shop");
    }
    ShopPaymentSettings shop = flows.settingsOf(shopId);
    if (shop.getAccountId() == null) {
      String email = CurrentUser.require().email();
      String account =
          gateway.createAccount(email, shops.letterhead(shopId).country(), "account-" + shopId);
      shop.connected(account, clock.instant());
      settings.saveAndFlush(shop);
    }
    String page = links.to("shop/payments");
    return gateway.onboardingLink(
        Objects.requireNonNull(shop.getAccountId()),
        page + "?onboarding=done",
        page + "?onboarding=refresh");
  }

  /** Asks Stripe where the shop's account stands now: on the return from onboarding. */
  @PreAuthorize("isAuthenticated()")
  public PaymentSetup refreshAccount(UUID shopId) {
    shops.requireOwner(shopId);
    ShopPaymentSettings shop = flows.settingsOf(shopId);
    if (shop.getAccountId() != null && gateway.online()) {
      var account = gateway.account(shop.getAccountId());
      shop.accountReported(
          account.chargesEnabled() && account.payoutsEnabled()
              ? PayoutAccountStatus.ENABLED
              : PayoutAccountStatus.PENDING,
          clock.instant());
      settings.saveAndFlush(shop);
    }
    return setupOf(shop);
  }

  /** Money Stripe sent to the shop's bank, newest first. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public List<PaymentGateway.Payout> payouts(UUID shopId) {
    shops.requireOwner(shopId);
    ShopPaymentSettings shop = flows.settingsOf(shopId);
    if (shop.getAccountId() == null || !gateway.online()) {
      return List.of();
    }
    return gateway.payouts(shop.getAccountId(), 20);
  }

  /** The shop's payments, newest first. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public List<PaymentView> shopPayments(UUID shopId, int offset, int limit) {
    shops.requireOwner(shopId);
    return views(payments.findByShopIdOrderByCreatedAtDesc(shopId, page(offset, limit)));
  }

  /** The customer paid at the counter: the invoice becomes a receipt and is emailed. */
  @PreAuthorize("isAuthenticated()")
  public PaymentView markPaid(UUID paymentId) {
    Payment payment = found(paymentId);
    shops.requireOwner(payment.getShopId());
    if (payment.getStatus() != PaymentStatus.DUE) {
      throw new ConflictException("Only a payment due at the shop can be marked as paid");
    }
    flows.paidAtShop(payment);
    audit(
        "PAYMENT_TAKEN_AT_SHOP",
        "payment " + paymentId,
        payment.money(payment.getAmountMinor()).format() + " paid at the shop");
    return view(payment);
  }

  // --- customers

  /** The payment of the signed-in customer's booking, if there is one. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public Optional<PaymentView> forMyBooking(UUID bookingId) {
    BookingSummary booking = bookings.booking(bookingId);
    return flows.latestOf(PaymentSubject.booking(booking.id())).map(this::view);
  }

  /** The same for someone holding the booking's signed manage link. */
  @Transactional(readOnly = true)
  public Optional<PaymentView> forBookingLink(UUID bookingId, String token) {
    BookingSummary booking = bookingLinks.view(bookingId, token);
    return flows.latestOf(PaymentSubject.booking(booking.id())).map(this::view);
  }

  /** The invoice or receipt of a payment: for its customer, its shop's owners and admins. */
  @Transactional(readOnly = true)
  @PreAuthorize("isAuthenticated()")
  public InvoiceFile invoice(UUID paymentId) {
    Payment payment = found(paymentId);
    SignedInUser me = CurrentUser.require();
    boolean allowed =
        payment.getCustomerId().equals(me.id())
            || me.role().equals(Roles.ADMIN)
            || shops.isOwner(payment.getShopId(), me.id());
    if (!allowed) {
      throw new NotFoundException("We couldn't find that payment");
    }
    var file = invoices.render(payment);
    return new InvoiceFile(file.filename(), file.content());
  }

  /** The invoice for someone holding the booking's signed manage link. */
  @Transactional(readOnly = true)
  public InvoiceFile invoiceWithLink(UUID bookingId, String token) {
    BookingSummary booking = bookingLinks.view(bookingId, token);
    Payment payment =
        flows
            .latestOf(PaymentSubject.booking(booking.id()))
            .orElseThrow(() -> new NotFoundException("There is no invoice for this booking yet"));
    var file = invoices.render(payment);
    return new InvoiceFile(file.filename(), file.content());
  }

  /** A PDF and the name to save it under. */
  public record InvoiceFile(String filename, byte[] content) {}

  // --- admins

  /** Payments of every shop, newest first, optionally of one shop or in one state. */
  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public List<PaymentView> search(
      @Nullable UUID shopId, @Nullable PaymentStatus status, int offset, int limit) {
    return views(payments.search(shopId, status, page(offset, limit)));
  }

  @Transactional(readOnly = true)
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public PaymentView payment(UUID paymentId) {
    return view(found(paymentId));
  }

  /**
   * Refunds any amount up to what was paid and not yet refunded, with a reason; audited. The
   * gateway call goes through the outbox: the refund shows as on its way until it is done.
   */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public PaymentView refund(UUID paymentId, Money amount, String reason) {
    Payment payment = found(paymentId);
    String why = reason.strip();
    if (why.isEmpty()) {
      throw new InvalidRequestException("reason", "Say why the money goes back");
    }
    if (why.length() > 500) {
      throw new InvalidRequestException("reason", "Keep the reason under 500 characters");
    }
    if (!amount.currency().equals(payment.getCurrency())) {
      throw new InvalidRequestException("amount", "Refund in " + payment.getCurrency());
    }
    if (payment.getStatus() != PaymentStatus.CAPTURED) {
      throw new ConflictException(
          payment.getStatus() == PaymentStatus.AUTHORIZED
              ? "Nothing was charged yet; cancel the booking to release the card"
              : "Only a paid payment can be refunded");
    }
    flows.requestRefund(
        payment, amount.minor(), PaymentRefund.Kind.ADMIN, why, CurrentUser.require().id());
    audit("PAYMENT_REFUNDED", "payment " + paymentId, amount.format() + ": " + why);
    return view(payment);
  }

  /**
   * Cancels a booking for the customer with a reason and gives back all they paid (or releases
   * their card); audited.
   */
  @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
  public BookingSummary forceCancel(UUID bookingId, String reason) {
    BookingSummary cancelled = bookingChanges.forceCancel(bookingId, reason);
    audit(
        "BOOKING_FORCE_CANCELLED",
        "booking " + bookingId,
        cancelled.serviceName() + " at " + cancelled.shopName() + ": " + reason.strip());
    return cancelled;
  }

  // --- reading

  private Payment found(UUID paymentId) {
    return payments
        .findById(paymentId)
        .orElseThrow(() -> new NotFoundException("We couldn't find that payment"));
  }

  private static PageRequest page(int offset, int limit) {
    int size = Math.max(1, Math.min(limit, 200));
    return PageRequest.of(offset / size, size);
  }

  PaymentView view(Payment payment) {
    return views(List.of(payment)).getFirst();
  }

  private List<PaymentView> views(List<Payment> list) {
    Set<UUID> people = new HashSet<>();
    list.forEach(p -> people.add(p.getCustomerId()));
    Map<UUID, String> names =
        contacts.findAll(people).stream()
            .collect(Collectors.toMap(UserContact::id, UserContact::name, (a, b) -> a));
    Map<UUID, String> shopNames =
        list.stream()
            .map(Payment::getShopId)
            .distinct()
            .collect(Collectors.toMap(Function.identity(), shops::shopName));
    return list.stream()
        .map(
            p ->
                new PaymentView(
                    p.getId(),
                    p.getShopId(),
                    shopNames.getOrDefault(p.getShopId(), ""),
                    p.getCustomerId(),
                    names.getOrDefault(p.getCustomerId(), ""),
                    p.subject(),
                    p.getDescription(),
                    p.getGateway() == Payment.Gateway.STRIPE,
                    p.getStatus(),
                    p.money(p.getAmountMinor()),
                    p.money(p.getCapturedMinor()),
                    p.money(p.getExtraMinor()),
                    p.money(p.getRefundedMinor()),
                    p.money(p.getReleasedMinor()),
                    p.money(p.getFeeMinor()),
                    p.getCardLast4() == null
                        ? null
                        : Invoices.card(p.getCardBrand(), p.getCardLast4()),
                    p.getFailure(),
                    invoices.number(p.getId()).orElse(null),
                    p.getCreatedAt(),
                    p.getUpdatedAt(),
                    refunds.findByPaymentIdOrderByCreatedAt(p.getId()).stream()
                        .map(
                            r ->
                                new PaymentView.Refund(
                                    r.getId(),
                                    p.money(r.getAmountMinor()),
                                    r.getKind().name(),
                                    r.getReason(),
                                    r.isDone(),
                                    r.getCreatedAt(),
                                    r.getCompletedAt()))
                        .toList()))
        .toList();
  }

  private void audit(String action, String subject, String details) {
    events.publishEvent(
        new PaymentAudited(
            action,
            CurrentUser.get().map(SignedInUser::email).orElse(null),
            subject,
            details,
            ClientAddress.current(),
            clock.instant()));
  }
}
