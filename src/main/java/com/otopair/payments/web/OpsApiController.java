package com.otopair.payments.web;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.web.PublicApi;
import com.otopair.booking.BookingSummary;
import com.otopair.identity.ApiTokenScope;
import com.otopair.payments.OpsActions;
import com.otopair.payments.PaymentView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operations API, for admins' scripts with an operations token: refund a payment, force-cancel
 * a booking. The same services, rules and audit as Admin Payments; one transaction per call.
 */
@PublicApi
@RestController
@RequestMapping(ApiTokenScope.OPS_PATH)
@Tag(name = "Operations")
@SecurityRequirement(name = "bearer")
@ApiResponse(
    responseCode = "422",
    description = "Invalid input; `errors` lists each field and what is wrong with it")
class OpsApiController {

  @Schema(description = "A refund of part or all of a payment")
  record RefundRequest(
      @NotNull(message = "{payments.ops.payment.required}") @Nullable UUID payment,
      @Schema(description = "In minor units (cents) of the payment's currency", example = "2500")
          @NotNull(message = "{payments.ops.amount.required}")
          @Nullable BigDecimal amount,
      @Schema(description = "The payment's currency; leave out to use it", example = "CAD")
          @Nullable String currency,
      @Schema(example = "Goodwill: the shop was closed when the customer arrived")
          @NotNull(message = "{payments.refund.reason.required}")
          @Nullable String reason) {}

  record RefundView(
      UUID refund,
      UUID payment,
      long amount,
      String currency,
      String reason,
      boolean done,
      String paymentStatus,
      long refundable) {

    static RefundView of(OpsActions.Refunded refunded) {
      PaymentView payment = refunded.payment();
      PaymentView.Refund refund = refunded.refund();
      return new RefundView(
          refund.id(),
          payment.id(),
          refund.amount().minor(),
          refund.amount().currency(),
          refund.reason(),
          refund.done(),
          payment.status().name(),
          payment.refundable().minor());
    }
  }

  record ForceCancelRequest(
      @NotNull(message = "{payments.ops.booking.required}") @Nullable UUID booking,
      @Schema(example = "The shop closed for the day")
          @NotNull(message = "{payments.ops.reason.required}")
          @Nullable String reason) {}

  record CancelledView(
      UUID booking, String status, UUID shop, Instant start, @Nullable String reason) {

    static CancelledView of(BookingSummary booking) {
      return new CancelledView(
          booking.id(),
          booking.status().name(),
          booking.shopId(),
          booking.start(),
          booking.cancelReason());
    }
  }

  private final OpsActions ops;

  OpsApiController(OpsActions ops) {
    this.ops = ops;
  }

  @Operation(
      summary = "Refund a payment",
      description =
          """
          Any amount up to what was paid and not yet refunded, in the payment's currency, with a \
          reason (at most 500 characters). The refund goes to the card through the outbox: \
          `done` turns true once the gateway confirmed it. Send an Idempotency-Key to retry \
          safely.""")
  @ApiResponse(responseCode = "201", description = "Refund recorded")
  @ApiResponse(responseCode = "404", description = "No such payment")
  @ApiResponse(responseCode = "409", description = "The payment was not charged")
  @PostMapping("/refund")
  @ResponseStatus(HttpStatus.CREATED)
  RefundView refund(@Valid @RequestBody RefundRequest request) {
    return RefundView.of(
        ops.refund(
            Objects.requireNonNull(request.payment()),
            minorUnits(Objects.requireNonNull(request.amount())),
            request.currency(),
            Objects.requireNonNull(request.reason())));
  }

  @Operation(
      summary = "Cancel a booking for its customer",
      description =
          """
          With a reason (at most 500 characters): the customer is emailed and gets back all they \
          paid, or their card is released. Send an Idempotency-Key to retry safely.""")
  @ApiResponse(responseCode = "200", description = "Cancelled")
  @ApiResponse(responseCode = "404", description = "No such booking")
  @ApiResponse(responseCode = "409", description = "Not an active booking (already cancelled)")
  @PostMapping("/force-cancel")
  CancelledView forceCancel(@Valid @RequestBody ForceCancelRequest request) {
    return CancelledView.of(
        ops.forceCancel(
            Objects.requireNonNull(request.booking()), Objects.requireNonNull(request.reason())));
  }

  /** A whole, positive number of cents, or a refusal next to {@code amount}. */
  private static long minorUnits(BigDecimal amount) {
    try {
      long minor = amount.stripTrailingZeros().longValueExact();
      if (minor > 0) {
        return minor;
      }
    } catch (ArithmeticException notWholeOrTooLarge) {
      // Refused below, like a negative amount.
    }
    throw new InvalidRequestException("amount", "payments.ops.amount.whole");
  }
}
