package com.otopair.jobs.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.expectNotifications;
import static com.otopair.support.PageTexts.MISSING_KEY;
import static com.otopair.support.PageTexts.textOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.mvysny.kaributesting.v10.HasValidationUtilsKt;
import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.Money;
import com.otopair.booking.BookingFixtures;
import com.otopair.identity.UserProvisioning;
import com.otopair.jobs.JobEstimate;
import com.otopair.jobs.JobIntake;
import com.otopair.jobs.JobOrigin;
import com.otopair.jobs.JobPhotos;
import com.otopair.jobs.JobStatus;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.JobWorkflow;
import com.otopair.jobs.LineDraft;
import com.otopair.jobs.LineKind;
import com.otopair.jobs.NewJob;
import com.otopair.scheduling.ScheduleProvisioning;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopProvisioning;
import com.otopair.support.KaribuTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.upload.Upload;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shop's job screens in Québec French: the board, a job's page with its estimate, photos and
 * timeline (steps written in English-speaking days read in French too), and a refusal.
 */
class JobsFrenchTest extends KaribuTest {

  @Autowired JobIntake intake;
  @Autowired JobWorkflow workflow;
  @Autowired JobEstimate estimates;
  @Autowired JobPhotos photos;
  @Autowired UserProvisioning users;
  @Autowired ShopProvisioning shops;
  @Autowired ShopMembership membership;
  @Autowired ScheduleProvisioning schedules;

  BookingFixtures fixture;
  JobSummary job;

  @BeforeEach
  void shopWithAJobOnItsWay() {
    fixture = BookingFixtures.create(users, shops, membership, schedules);
    String customer = BookingFixtures.customers(users, 1).getFirst();
    signInAs(fixture.shop().ownerEmail());
    job =
        intake.open(
            fixture.shop().shopId(),
            new NewJob(
                JobOrigin.WALK_IN,
                "Casey",
                customer,
                null,
                "2016 Honda Civic",
                "Brake noise",
                "Squeals"));
    workflow.move(job.id(), JobStatus.ACCEPTED, "Bay 2");
    workflow.move(job.id(), JobStatus.IN_PROGRESS, "");
    estimates.addLine(
        job.id(),
        new LineDraft(LineKind.LABOUR, "Replace front pads", new BigDecimal("1.5"), 10000));
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0};
    photos.add(job.id(), png);
  }

  @Test
  void theBoardReadsInFrench() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("jobs");
    JobBoardView board = _get(JobBoardView.class);

    String text = textOf(UI.getCurrent());
    assertThat(text)
        .contains("Travaux chez Schedule Garage ")
        .contains("Nouveau travail")
        .contains("Tableau")
        .contains("Demandé")
        .contains("En attente de pièces")
        .contains("Rien ici")
        .contains("Tout le monde");
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();
    assertThat(board.mode.getSelectedTab().getLabel()).isEqualTo("Tableau");

    board.mode.setSelectedIndex(1);
    assertThat(board.list.getColumns().stream().map(Grid.Column::getHeaderText))
        .contains("Travail", "Client", "Véhicule", "Mécanicien", "Statut", "Quand");
    assertThat(board.list.getEmptyStateText())
        .isEqualTo("Aucun travail ne correspond à ces filtres.");
    assertThat(board.statuses.getItemLabelGenerator().apply(JobStatus.WAITING_APPROVAL))
        .isEqualTo("En attente d’approbation");

    board.move(job.id(), JobStatus.COMPLETED);
    expectNotifications("Déplacé vers Terminé");
  }

  @Test
  void aJobsPageReadsInFrenchWithItsEstimateTimelineAndPhotos() {
    UI.getCurrent().setLocale(I18n.FRENCH);
    navigate("jobs/" + job.id());
    JobView view = _get(JobView.class);

    assertThat(view.status.getElement().getTextRecursively()).isEqualTo("En cours");
    assertThat(view.actionLabels())
        .contains("Attendre des pièces", "Terminer", "Annuler le travail");
    assertThat(view.estimate.lines.getColumns().stream().map(Grid.Column::getHeaderText))
        .contains("Type", "Description", "Prix", "Total", "Client");
    assertThat(view.estimate.totals.getElement().getTextRecursively())
        .contains("En attente d’approbation")
        .contains(Formats.of(I18n.FRENCH).money(new Money(15000, "CAD")));
    assertThat(view.timeline.getElement().getTextRecursively())
        .contains("Demandé → Accepté · Olga Owner")
        .contains("Bay 2")
        .contains("Ouvert · Olga Owner")
        .contains("Sans rendez-vous")
        .contains("Ligne ajoutée\u00a0: Replace front pads")
        .contains("Photo ajoutée");
    Upload upload = _get(view.photos, Upload.class);
    assertThat(upload.getI18n().getAddFiles().getMany())
        .isEqualTo(I18n.t(I18n.FRENCH, "base.upload.add-many"));

    String text = textOf(UI.getCurrent());
    assertThat(text)
        .contains("Soumission")
        .contains("Historique")
        .contains("Notes pour le client")
        .contains("Enregistrer les notes");
    assertThat(MISSING_KEY.matcher(text).find()).as(text).isFalse();

    _setValue(view.estimate.lineForm.description, "");
    _click(_get(Button.class, spec -> spec.withId("add-line")));
    HasValidationUtilsKt._expectInvalid(
        view.estimate.lineForm.description,
        "Décrivez la ligne, par exemple Plaquettes de frein avant");
  }

  @Test
  void aRefusalReadsInFrench() {
    // As a mail or an API call reads it: no page, the language set for the thread.
    UI page = UI.getCurrent();
    UI.setCurrent(null);
    try {
      String french =
          I18n.in(
              I18n.FRENCH,
              () ->
                  catchThrowable(() -> workflow.move(job.id(), JobStatus.REQUESTED, ""))
                      .getMessage());
      String english =
          catchThrowable(() -> workflow.move(job.id(), JobStatus.REQUESTED, "")).getMessage();

      assertThat(french)
          .isEqualTo(
              "Un travail en cours ne peut pas devenir demandé; il peut devenir en attente de"
                  + " pièces ou en attente d’approbation ou terminé ou annulé");
      assertThat(english)
          .isEqualTo(
              "A job that is in progress can’t become requested; it can become waiting for parts"
                  + " or waiting for approval or completed or cancelled");
    } finally {
      UI.setCurrent(page);
    }
  }
}
