package com.otopair.team.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.ImageUpload;
import com.otopair.team.MechanicProfile;
import com.otopair.team.MechanicProfiles;
import com.otopair.team.Specialty;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;

/** A mechanic tells customers who they are, what they are good at, and how fast they answer. */
@Route("profile/mechanic")
@PageTitle("team.profile.title")
@Menu(order = 15, icon = "vaadin:wrench", title = "team.menu.profile")
@RolesAllowed(Roles.MECHANIC)
class MechanicProfileView extends Main {

  final TextArea bio = new TextArea(getTranslation("team.profile.bio"));
  final MultiSelectComboBox<Specialty> specialties =
      new MultiSelectComboBox<>(getTranslation("team.profile.specialties"));
  final TextField tags = new TextField(getTranslation("team.profile.tags"));
  final IntegerField years = new IntegerField(getTranslation("team.profile.years"));
  final IntegerField sla = new IntegerField(getTranslation("team.profile.sla"));
  final Button save;

  MechanicProfileView(MechanicProfiles profiles) {
    addClassName("otopair-page");
    MechanicProfile mine = profiles.mine();
    bio.setValue(mine.bio());
    bio.setMaxLength(2000);
    bio.setHelperText(getTranslation("team.profile.bio.helper"));
    specialties.setItems(Specialty.values());
    specialties.setItemLabelGenerator(Specialty::label);
    specialties.setValue(mine.specialties());
    tags.setValue(String.join(", ", mine.tags()));
    tags.setHelperText(getTranslation("team.profile.tags.helper"));
    years.setValue(mine.yearsOfExperience());
    years.setMin(0);
    years.setMax(70);
    sla.setValue(mine.responseSlaMinutes());
    sla.setMin(5);
    sla.setHelperText(getTranslation("team.profile.sla.helper"));

    save =
        new Button(
            getTranslation("team.profile.save"),
            e -> {
              try {
                profiles.save(
                    bio.getValue(),
                    years.getValue() == null ? -1 : years.getValue(),
                    sla.getValue() == null ? 0 : sla.getValue(),
                    specialties.getValue(),
                    tags.getValue());
                Feedback.success(getTranslation("team.profile.saved"));
              } catch (InvalidRequestException refused) {
                Feedback.show(
                    refused, Map.of("bio", bio, "years", years, "sla", sla, "tags", tags));
              }
            });
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-mechanic-profile");
    var form = new FormLayout(specialties, tags, years, sla, bio);
    form.setColspan(bio, 2);
    var card =
        new Div(
            new H2(getTranslation("team.profile.card.title")),
            new Paragraph(getTranslation("team.profile.card.lead")),
            new Anchor("mechanics/" + mine.userId(), getTranslation("team.profile.public-link")),
            new ImageUpload(
                getTranslation("team.profile.no-photo"), mine.photoUrl(), profiles::setPhoto),
            form,
            save);
    card.addClassName("otopair-card");
    add(card);
  }
}
