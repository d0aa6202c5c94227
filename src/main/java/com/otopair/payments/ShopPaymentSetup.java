package com.otopair.payments;

import com.otopair.base.ConflictException;
import com.otopair.base.CurrentUser;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.PublicLinks;
import com.otopair.payments.domain.ShopPaymentSettings;
import com.otopair.payments.domain.ShopPaymentSettingsRepository;
import com.otopair.payments.gateway.PaymentGateway;
import com.otopair.shops.ShopMembership;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * How a shop takes money, for its owner: the payment mode and late-cancellation refund, the Stripe
 * payout account (onboarding and its state) and the payouts to the shop's bank.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
public class ShopPaymentSetup {

  private final PaymentRecords records;
  private final ShopPaymentSettingsRepository settings;
  private final PaymentGateway gateway;
  private final ShopMembership shops;
  private final PublicLinks links;
  private final Clock clock;

  ShopPaymentSetup(
      PaymentRecords records,
      ShopPaymentSettingsRepository settings,
      PaymentGateway gateway,
      ShopMembership shops,
      PublicLinks links,
      Clock clock) {
    this.records = records;
    this.settings = settings;
    this.gateway = gateway;
    this.shops = shops;
    this.links = links;
    this.clock = clock;
  }

  /** How the shop takes money. */
  @Transactional(readOnly = true)
  public PaymentSetup setup(UUID shopId) {
    shops.requireOwner(shopId);
    return setupOf(records.settingsOf(shopId));
  }

  private PaymentSetup setupOf(ShopPaymentSettings shop) {
    return new PaymentSetup(
        shop.getMode(),
        shop.getLateRefundPercent(),
        shop.getAccountStatus(),
        shop.getAccountId(),
        gateway.online(),
        records.commissionPercent());
  }

  /**
   * Changes how the shop takes money ({@link PaymentRules}). Online payment needs Stripe on this
   * Otopair and a connected payout account that Stripe enabled.
   */
  public PaymentSetup change(UUID shopId, PaymentMode mode, int lateRefundPercent) {
    shops.requireOwner(shopId);
    ShopPaymentSettings shop = records.settingsOf(shopId);
    String lateRefund = PaymentRules.lateRefundProblem(lateRefundPercent);
    if (lateRefund != null) {
      throw new InvalidRequestException("lateRefund", lateRefund);
    }
    String modeProblem = PaymentRules.modeProblem(mode, gateway.online(), shop.getAccountStatus());
    if (modeProblem != null) {
      throw new InvalidRequestException("mode", modeProblem);
    }
    shop.change(mode, lateRefundPercent, clock.instant());
    settings.saveAndFlush(shop);
    records.audit(
        "PAYMENT_SETUP_CHANGED",
        "shop " + shops.ref(shopId).slug(),
        "payments.audit.setup-changed." + mode.name().toLowerCase(Locale.ROOT),
        String.valueOf(lateRefundPercent));
    return setupOf(shop);
  }

  /**
   * Starts (or resumes) Stripe Express onboarding for the shop; answers the page to send the owner
   * to. Stripe sends them back to the shop's payments page.
   */
  public String connect(UUID shopId) {
    shops.requireOwner(shopId);
    if (!gateway.online()) {
      throw new ConflictException(PaymentRules.NOT_ONLINE);
    }
    ShopPaymentSettings shop = records.settingsOf(shopId);
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
  public PaymentSetup refreshAccount(UUID shopId) {
    shops.requireOwner(shopId);
    ShopPaymentSettings shop = records.settingsOf(shopId);
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
  public List<PaymentGateway.Payout> payouts(UUID shopId) {
    shops.requireOwner(shopId);
    ShopPaymentSettings shop = records.settingsOf(shopId);
    if (shop.getAccountId() == null || !gateway.online()) {
      return List.of();
    }
    return gateway.payouts(shop.getAccountId(), 20);
  }
}
