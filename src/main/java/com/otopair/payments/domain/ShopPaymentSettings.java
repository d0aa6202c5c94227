package com.otopair.payments.domain;

import com.otopair.payments.PaymentMode;
import com.otopair.payments.PayoutAccountStatus;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** How one shop takes money, and where its payouts go. */
@Entity
@Table(name = "shop_payment_settings")
public class ShopPaymentSettings {

  @Id
  @Column(name = "shop_id", nullable = false, updatable = false)
  private UUID shopId;

  @Version
  @Column(name = "version", nullable = false)
  private @Nullable Long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "mode", nullable = false)
  private PaymentMode mode = PaymentMode.OFF;

  @Column(name = "late_refund_percent", nullable = false)
  private int lateRefundPercent = 50;

  @Column(name = "account_id")
  private @Nullable String accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "account_status", nullable = false)
  private PayoutAccountStatus accountStatus = PayoutAccountStatus.NONE;

  @Column(name = "account_checked_at")
  private @Nullable Instant accountCheckedAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected ShopPaymentSettings() {
    this.shopId = UUID.randomUUID();
    this.updatedAt = Instant.EPOCH;
  }

  public ShopPaymentSettings(UUID shopId, Instant now) {
    this.shopId = shopId;
    this.updatedAt = now;
  }

  public void change(PaymentMode mode, int lateRefundPercent, Instant now) {
    this.mode = mode;
    this.lateRefundPercent = lateRefundPercent;
    this.updatedAt = now;
  }

  public void connected(String accountId, Instant now) {
    this.accountId = accountId;
    this.accountStatus = PayoutAccountStatus.PENDING;
    this.updatedAt = now;
  }

  /**
   * The account's state as of {@code seenAt} (a Stripe event's time, or when we asked); an older
   * report than the last one applied changes nothing.
   */
  public boolean accountReported(PayoutAccountStatus status, Instant seenAt) {
    if (accountCheckedAt != null && seenAt.isBefore(accountCheckedAt)) {
      return false;
    }
    this.accountStatus = status;
    this.accountCheckedAt = seenAt;
    this.updatedAt = seenAt;
    return true;
  }

  public UUID getShopId() {
    return shopId;
  }

  public PaymentMode getMode() {
    return mode;
  }

  public int getLateRefundPercent() {
    return lateRefundPercent;
  }

  public @Nullable String getAccountId() {
    return accountId;
  }

  public PayoutAccountStatus getAccountStatus() {
    return accountStatus;
  }
}
