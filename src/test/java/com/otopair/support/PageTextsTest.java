package com.otopair.support;

import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.otopair.base.ui.Badge;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The words {@link PageTexts#textOf} reads, the ones the French pages' tests rely on. */
class PageTextsTest {

  @BeforeEach
  void page() {
    MockVaadin.setup();
  }

  @AfterEach
  void closePage() {
    MockVaadin.tearDown();
  }

  @Test
  void aBadgeReadsExactlyAsItsWordsWithPlainSpaces() {
    assertThat(textOf(new Badge("À payer\u00a0au garage", Badge.Tone.WARNING)))
        .isEqualTo("À payer au garage");
    assertThat(textOf(new Span(new Span("80,00\u202f$"), new Text(" à payer au garage"))))
        .isEqualTo("80,00 $ à payer au garage");
  }

  @Test
  void readsTheWordsComponentsCarryBesideTheirText() {
    var name = new TextField("Nom du garage");
    name.setPlaceholder("Garage Tremblay");
    name.setHelperText("Comme vos clients le connaissent");
    name.setErrorMessage("Entrez le nom de votre garage");
    var remove = new Button(VaadinIcon.TRASH.create());
    remove.setAriaLabel("Supprimer la photo");
    remove.setTooltipText("Retirer cette photo de la galerie");
    var photo = new Image("photo.png", "Photo du garage");
    photo.getElement().setAttribute("title", "La façade");
    var grid = new Grid<String>();
    grid.addColumn(text -> text).setHeader("Quand");
    grid.addColumn(text -> text).setHeader("Client");
    grid.setEmptyStateText("Aucune réservation pour l’instant");
    var login = new LoginForm();
    var words = LoginI18n.createDefault();
    words.getForm().setForgotPassword("Mot de passe oublié?");
    login.setI18n(words);
    var page = new Div(name, remove, photo, grid, login);
    UI.getCurrent().add(page);
    new ConfirmDialog("Annuler la réservation?", "Le client recevra un courriel.", "Oui", e -> {})
        .open();

    assertThat(textOf(page))
        .contains(
            "Nom du garage",
            "Garage Tremblay",
            "Comme vos clients le connaissent",
            "Entrez le nom de votre garage",
            "Supprimer la photo",
            "Retirer cette photo de la galerie",
            "Photo du garage",
            "La façade",
            "Quand",
            "Client",
            "Aucune réservation pour l’instant",
            "Mot de passe oublié?")
        .doesNotContain("badge", "trash");
    MockVaadin.clientRoundtrip(false);
    assertThat(textOf(UI.getCurrent()))
        .contains("Annuler la réservation?", "Le client recevra un courriel.", "Oui");
  }

  @Test
  void aMissingKeyIsFoundAndAnExclamationIsNot() {
    assertThat("Trouver un garage\n!booking.find.title!").containsPattern(MISSING_KEY);
    assertThat("Vous êtes à jour! booking.find.title").doesNotContainPattern(MISSING_KEY);
  }
}
