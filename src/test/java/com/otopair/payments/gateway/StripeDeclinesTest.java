package com.otopair.payments.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.otopair.base.I18n;
import com.stripe.exception.CardException;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * Stripe words its declines in English; the customer reads why their card was refused in their own
 * language, from the codes Stripe sends with them.
 */
class StripeDeclinesTest {

  private static String french(@Nullable String code, @Nullable String declineCode) {
    var declined =
        new CardException(
            "Your card was declined.", "req_1", code, null, declineCode, "ch_1", 402, null);
    PaymentFailedException failure = StripeErrors.failure(declined);
    assertThat(failure.retryable()).isFalse();
    return I18n.in(I18n.FRENCH, failure::getMessage);
  }

  @Test
  void eachDeclineTheGatewayKnowsReadsInFrench() {
    assertThat(french("card_declined", "insufficient_funds"))
        .isEqualTo("La carte a été refusée\u00a0: fonds insuffisants");
    assertThat(french("expired_card", null)).isEqualTo("La carte est expirée");
    assertThat(french("incorrect_cvc", null))
        .isEqualTo("Le code de sécurité de la carte est incorrect");
    assertThat(french("processing_error", null))
        .isEqualTo("La carte n’a pas pu être traitée; réessayez dans un instant");
    assertThat(french("card_declined", "generic_decline")).isEqualTo("La carte a été refusée");
  }

  @Test
  void aDeclineWeHaveNoWordsForReadsAsAPlainDecline() {
    assertThat(french("card_declined", "do_not_honor")).isEqualTo("La carte a été refusée");
    assertThat(french(null, null)).isEqualTo("La carte a été refusée");
    assertThat(
            StripeErrors.failure(
                    new CardException(
                        "x", "r", "card_declined", null, "lost_card", null, 402, null))
                .getMessage())
        .isEqualTo("The card was declined");
  }
}
