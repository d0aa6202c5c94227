package com.otopair.payments.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.headers;
import static com.otopair.support.PageTexts.plain;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingHolds;
import com.otopair.demo.DemoAccounts;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobBoard;
import com.otopair.jobs.JobWorkflow;
import com.otopair.payments.AdminPayments;
import com.otopair.payments.CustomerPayments;
import com.otopair.payments.PaymentView;
import com.otopair.payments.ShopPayments;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.SignIn;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import java.io.IOException;
import java.time.LocalTime;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The payment screens read in French for a French reader: the shop's payments, the admin's list,
 * the customer's payment card, a refusal, and the receipt's PDF.
 */
class PaymentsFrenchTest extends KaribuTest {

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired UserDetailsService userDetails;
  @Autowired JobWorkflow workflow;
  @Autowired JobBoard jobs;
  @Autowired BookingHolds bookings;
  @Autowired ShopPayments shopPayments;
  @Autowired AdminPayments adminPayments;
  @Autowired CustomerPayments customerPayments;
  @Autowired BookingPaymentPanel panel;

  BookingFixtures fixture;
  String customer;
  PaymentView due;

  @BeforeEach
  void aPaymentDueAtTheShop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    var money =
        new PaymentFixtures(fixture, bookings, jobs, workflow, shopPayments, userDetails, clock);
    customer = BookingFixtures.customers(users, 1).getFirst();
    due = money.due(customer, LocalTime.of(10, 0));
  }

  private static void noMissingKey(String text) {
    assertThat(text).doesNotContainPattern(MISSING_KEY);
  }

  @Test
  void theOwnerReadsTheirPaymentsInFrench() {
    signInAs(fixture.shop().ownerEmail());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("shop/payments");
    ShopPaymentsView view = _get(ShopPaymentsView.class);

    assertThat(_get(H2.class, spec -> spec.withId("payments-heading")).getText())
        .startsWith("Paiements chez ");
    assertThat(headers(view.grid)).contains("Client", "Statut", "Montant", "Facture");
    assertThat(view.grid.getEmptyStateText()).startsWith("Aucun paiement");
    assertThat(view.payouts.getEmptyStateText()).startsWith("Aucun versement");
    assertThat(textOf(GridKt._getCellComponent(view.grid, 0, "status")))
        .isEqualTo("À payer au garage");
    assertThat(((Button) GridKt._getCellComponent(view.grid, 0, "actions")).getText())
        .isEqualTo("Marquer payé");
    assertThat(view.form.save.getText()).isEqualTo("Enregistrer");
    assertThat(textOf(view.form)).contains("Comment vos clients paient", "Paiement au garage");
    String page = textOf(view);
    assertThat(page).contains("Versements", "Paiements").doesNotContain("Payments", "Save");
    noMissingKey(page + headers(view.grid));
  }

  @Test
  void theAdminReadsEveryPaymentInFrench() {
    signInAs(DemoAccounts.ADMIN.email());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("admin/payments");
    AdminPaymentsView view = _get(AdminPaymentsView.class);

    assertThat(view.status.getLabel()).isEqualTo("Statut");
    assertThat(headers(view.grid)).contains("Créé (UTC)", "Garage", "Montant");
    assertThat(view.grid.getEmptyStateText()).startsWith("Aucun paiement");
    var dialog = view.open(due);
    String details = textOf(dialog);
    assertThat(details).contains("Rien n’a été remboursé", "à payer au garage");
    noMissingKey(details + textOf(view) + headers(view.grid));
  }

  @Test
  void theCustomerReadsTheirPaymentCardInFrench() {
    signInAs(customer);
    UI.getCurrent().setLocale(I18n.FRENCH);

    String card = textOf(panel.panelFor(due.subject().id()).orElseThrow());

    assertThat(card)
        .contains("Paiement")
        .contains("80,00 $ CAD à payer au garage")
        .contains("Votre facture est prête")
        .contains("Facture " + due.invoiceNumber() + " (PDF)");
    noMissingKey(card);
  }

  @Test
  void aRefusalReadsInFrench() {
    SignIn.as(userDetails, DemoAccounts.ADMIN.email());
    // The reader is on a page in French: its language is theirs.
    UI.getCurrent().setLocale(I18n.FRENCH);

    String message =
        catchThrowable(() -> adminPayments.refund(due.id(), new Money(1000, "CAD"), " "))
            .getMessage();

    assertThat(message).isEqualTo("Dites pourquoi l’argent est rendu");
  }

  @Test
  void theReceiptPdfReadsInFrench() throws IOException {
    SignIn.as(userDetails, fixture.shop().ownerEmail());
    shopPayments.markPaid(due.id());
    SignIn.as(userDetails, customer);

    var file = customerPayments.invoice(due.id(), I18n.FRENCH);

    assertThat(file.filename()).startsWith("recu-");
    String text;
    try (var pdf = Loader.loadPDF(file.content())) {
      text = plain(new PDFTextStripper().getText(pdf));
    }
    assertThat(text)
        .contains("Reçu", "N° " + due.invoiceNumber(), "FACTURÉ À")
        .contains("Sous-total", "Taxes (incluses)", "Total", "Payé", "Solde dû")
        .contains("80,00 $")
        .contains("Payé au garage")
        .doesNotContain("Receipt", "Subtotal", "Balance due", "$80.00");
  }
}
