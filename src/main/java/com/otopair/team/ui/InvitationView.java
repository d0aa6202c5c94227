package com.otopair.team.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.SignedInUser;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.PublicPage;
import com.otopair.identity.AccountRules;
import com.otopair.team.InvitationPreview;
import com.otopair.team.TeamService;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where an invitation email leads: the invited person accepts or declines; someone new creates
 * their account here; anyone else is told what to do.
 */
@Route(value = "invitation", autoLayout = false)
@AnonymousAllowed
class InvitationView extends PublicPage implements BeforeEnterObserver {

  final TextField name = new TextField(getTranslation("team.invitation.name"));
  final PasswordField password = new PasswordField(getTranslation("team.invitation.password"));

  private final TeamService team;
  private final AuthenticationContext authentication;
  private @Nullable String token;

  InvitationView(TeamService team, AuthenticationContext authentication) {
    super(I18n.t("team.invitation.title"), I18n.t("team.invitation.wait"));
    this.team = team;
    this.authentication = authentication;
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    token = event.getLocation().getQueryParameters().getSingleParameter("token").orElse(null);
    InvitationPreview preview;
    try {
      preview = team.preview(token);
    } catch (InvalidRequestException refused) {
      setHeading(getTranslation("team.invitation.failed"), refused.getMessage());
      setCardContent(new Paragraph(getTranslation("team.invitation.failed.next")));
      return;
    }
    setHeading(
        getTranslation("team.invitation.join", preview.shopName()),
        getTranslation("team.invitation.join.lead", preview.email()));
    SignedInUser me = CurrentUser.get().orElse(null);
    if (me != null && me.email().equals(preview.email())) {
      var accept =
          primary(
              getTranslation("team.invitation.accept"),
              () -> {
                team.accept(token);
                setHeading(
                    getTranslation("team.invitation.accepted"),
                    getTranslation("team.invitation.accepted.lead", preview.shopName()));
                setCardContent(
                    new Paragraph(getTranslation("team.invitation.sign-in-again.text")),
                    primary(
                        getTranslation("team.invitation.sign-in-again"), authentication::logout));
              });
      accept.setId("accept-invitation");
      var decline =
          new Button(
              getTranslation("team.invitation.decline"),
              e ->
                  act(
                      () -> {
                        team.decline(token);
                        setHeading(
                            getTranslation("team.invitation.declined"),
                            getTranslation("team.invitation.declined.lead", preview.shopName()));
                        setCardContent(new Paragraph(getTranslation("team.invitation.close")));
                      }));
      decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      setCardContent(accept, decline);
    } else if (me != null) {
      setCardContent(
          new Paragraph(
              getTranslation("team.invitation.wrong-account", me.email(), preview.email())),
          primary(getTranslation("team.invitation.sign-out"), authentication::logout));
    } else if (preview.accountExists()) {
      setCardContent(
          new Paragraph(getTranslation("team.invitation.sign-in.text", preview.email())),
          primary(
              getTranslation("team.invitation.sign-in"),
              () -> getUI().ifPresent(ui -> ui.navigate("login"))));
    } else {
      name.setWidthFull();
      password.setWidthFull();
      password.setHelperText(
          getTranslation("team.invitation.password.helper", AccountRules.MIN_PASSWORD_LENGTH));
      var join =
          primary(
              getTranslation("team.invitation.create"),
              () -> {
                try {
                  team.joinAsNewMechanic(token, name.getValue(), password.getValue());
                  setHeading(
                      getTranslation("team.invitation.welcome", preview.shopName()),
                      getTranslation("team.invitation.welcome.lead"));
                  setCardContent(
                      primary(
                          getTranslation("team.invitation.sign-in"),
                          () -> getUI().ifPresent(ui -> ui.navigate("login"))));
                } catch (InvalidRequestException refused) {
                  Feedback.show(refused, Map.of("name", name, "password", password));
                }
              });
      join.setId("join-team");
      setCardContent(
          new Paragraph(getTranslation("team.invitation.new.text", preview.email())),
          name,
          password,
          join);
    }
  }

  private void act(Runnable action) {
    try {
      action.run();
    } catch (InvalidRequestException refused) {
      Feedback.error(refused.getMessage());
    }
  }

  private Button primary(String label, Runnable action) {
    var button = new Button(label, e -> act(action));
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    button.setWidthFull();
    return button;
  }
}
