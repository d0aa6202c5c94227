package com.otopair.booking.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.plain;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.booking.BookingFixtures;
import com.otopair.booking.BookingSummary;
import com.otopair.booking.Quotes;
import com.otopair.identity.UserProvisioning;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.otopair.support.TestDays;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The booking screens, refusals and API read Québec French: finding a shop, picking and holding a
 * slot, the customer's bookings and the shop's list, with no key left untranslated.
 */
class BookingFrenchTest extends KaribuTest {

  static final ZoneId TORONTO = ZoneId.of("America/Toronto");

  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;
  @Autowired Quotes quotes;
  @Autowired WebApplicationContext context;

  BookingFixtures fixture;
  String slug;
  LocalDate monday;
  String customer;

  @BeforeEach
  void shop() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    slug = membership.ref(fixture.shop().shopId()).slug();
    monday = TestDays.nextMonday(clock, TORONTO);
    customer = BookingFixtures.customers(users, 1).getFirst();
  }

  @Test
  void findingAShopReadsFrench() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("find");

    assertThat(_get(H1.class).getText()).isEqualTo("Trouver un mécanicien");
    assertThat(_get(Button.class, spec -> spec.withId("find-search")).getText())
        .isEqualTo("Rechercher");
    assertThat(textOf(UI.getCurrent()))
        .contains("Où est votre voiture?")
        .doesNotContainPattern(MISSING_KEY);

    _setValue(_get(ComboBox.class, spec -> spec.withId("find-where")), "Nowhereville");
    _click(_get(Button.class, spec -> spec.withId("find-search")));
    assertThat(_get(ComboBox.class, spec -> spec.withId("find-where")).getErrorMessage())
        .isEqualTo(
            "Nous ne connaissons pas encore cette ville ou ce code postal; essayez une ville"
                + " proche de la liste");
  }

  @Test
  void pickingAndHoldingASlotReadsFrench() {
    openAs(customer);
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("book/" + slug + "?service=" + fixture.oilChange());
    BookView picker = _get(BookView.class);
    assertThat(_get(H2.class, spec -> spec.withText("Choisissez un jour"))).isNotNull();
    assertThat(textOf(UI.getCurrent()))
        .contains("Heures indiquées en heure de l’Est.")
        .contains("Mécanicien")
        .doesNotContainPattern(MISSING_KEY);
    picker.month.page(YearMonth.from(monday));
    picker.month.pick(monday);
    assertThat(textOf(UI.getCurrent()))
        .contains(
            plain("9 libres · à partir de " + Formats.of(I18n.FRENCH).money(BookingFixtures.PRICE)))
        .contains("Matin");

    SlotButtons.click(picker.day, 0);

    assertThat(textOf(UI.getCurrent()))
        .contains("Votre véhicule et le problème")
        .contains("Année")
        .contains("Retenu pour vous pendant 10:00")
        .doesNotContainPattern(MISSING_KEY);
    assertThat(_get(Button.class, spec -> spec.withId("confirm-booking")).getText())
        .isEqualTo("Confirmer la réservation");
  }

  @Test
  void myBookingsAndTheShopsListReadFrench() {
    openAs(customer);
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("bookings");
    assertThat(textOf(UI.getCurrent()))
        .contains("À venir")
        .contains("Rien de réservé pour l’instant.")
        .contains("Trouver un garage")
        .doesNotContainPattern(MISSING_KEY);

    openAs(fixture.shop().ownerEmail());
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("shop-bookings");
    @SuppressWarnings("unchecked")
    Grid<BookingSummary> grid = _get(Grid.class, spec -> spec.withId("shop-bookings"));
    assertThat(grid.getColumns().stream().map(Grid.Column::getHeaderText).limit(6))
        .containsExactly("Quand", "Client", "Service", "Mécanicien", "Véhicule", "Statut");
    assertThat(grid.getEmptyStateText())
        .isEqualTo(
            "Aucune réservation pour cette période. Elles s’affichent ici dès qu’un client"
                + " réserve.");
    assertThat(GridKt._size(grid)).isZero();
    assertThat(textOf(UI.getCurrent()))
        .contains("Réservations chez ")
        .doesNotContainPattern(MISSING_KEY);
  }

  @Test
  void aRefusalReadsInTheReadersLanguage() {
    String french =
        CompletableFuture.supplyAsync(
                () ->
                    I18n.in(
                        I18n.FRENCH,
                        () ->
                            catchThrowableOfType(
                                    InvalidRequestException.class,
                                    () -> quotes.menu("no-such-shop-anywhere"))
                                .getMessage()))
            .join();
    assertThat(french).isEqualTo("Aucun garage à cette adresse ne prend de réservations");
    assertThat(catchThrowableOfType(InvalidRequestException.class, () -> quotes.menu("nowhere")))
        .hasMessage("No shop at that address takes bookings");
  }

  @Test
  void theApiAnswersInTheLanguageAsked() {
    MockMvc api = MockMvcBuilders.webAppContextSetup(context).build();
    // An API request's thread has no page: it reads the language the request asks for.
    CompletableFuture.runAsync(
            () -> {
              try {
                api.perform(
                        get("/api/v1/shops/no-such-shop-anywhere")
                            .header("Accept-Language", "fr-CA"))
                    .andExpect(status().isNotFound())
                    .andExpect(
                        jsonPath("$.detail")
                            .value("Aucun garage à cette adresse ne prend de réservations"));
                api.perform(get("/api/v1/shops/no-such-shop-anywhere"))
                    .andExpect(status().isNotFound())
                    .andExpect(
                        jsonPath("$.detail").value("No shop at that address takes bookings"));
                api.perform(
                        post("/api/v1/quote")
                            .header("Accept-Language", "fr-CA")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{\"latitude\": 100, \"longitude\": 0}"))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("latitude"))
                    .andExpect(jsonPath("$.errors[0].message").value("La latitude va de -90 à 90"));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .join();
  }
}
