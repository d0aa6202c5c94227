package com.otopair.team.ui;

import com.otopair.base.CurrentUser;
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

  final TextField name = new TextField("Your name");
  final PasswordField password = new PasswordField("Choose a password");

  private final TeamService team;
  private final AuthenticationContext authentication;
  private @Nullable String token;

  InvitationView(TeamService team, AuthenticationContext authentication) {
    super("Your invitation", "One moment.");
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
      setHeading("This invitation didn't work", refused.getMessage());
      setCardContent(new Paragraph("Ask the shop's owner to send the invitation again."));
      return;
    }
    setHeading(
        "Join " + preview.shopName(), "You're invited as a mechanic, at " + preview.email() + ".");
    SignedInUser me = CurrentUser.get().orElse(null);
    if (me != null && me.email().equals(preview.email())) {
      var accept =
          primary(
              "Accept and join",
              () -> {
                team.accept(token);
                setHeading("You're on the team", "Welcome to " + preview.shopName() + ".");
                setCardContent(
                    new Paragraph("Sign in again to open your mechanic pages."),
                    primary("Sign in again", authentication::logout));
              });
      accept.setId("accept-invitation");
      var decline =
          new Button(
              "Decline",
              e ->
                  act(
                      () -> {
                        team.decline(token);
                        setHeading(
                            "Invitation declined",
                            preview.shopName() + " will see that you declined.");
                        setCardContent(new Paragraph("You can close this page."));
                      }));
      decline.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
      setCardContent(accept, decline);
    } else if (me != null) {
      setCardContent(
          new Paragraph(
              "You're signed in as "
                  + me.email()
                  + ". Sign out, then open the link again and sign in as "
                  + preview.email()
                  + "."),
          primary("Sign out", authentication::logout));
    } else if (preview.accountExists()) {
      setCardContent(
          new Paragraph("Sign in as " + preview.email() + ", then open this link again to answer."),
          primary("Sign in", () -> getUI().ifPresent(ui -> ui.navigate("login"))));
    } else {
      name.setWidthFull();
      password.setWidthFull();
      password.setHelperText("At least " + AccountRules.MIN_PASSWORD_LENGTH + " characters");
      var join =
          primary(
              "Create my account and join",
              () -> {
                try {
                  team.joinAsNewMechanic(token, name.getValue(), password.getValue());
                  setHeading(
                      "Welcome to " + preview.shopName(), "Your account is ready and confirmed.");
                  setCardContent(
                      primary("Sign in", () -> getUI().ifPresent(ui -> ui.navigate("login"))));
                } catch (InvalidRequestException refused) {
                  Feedback.show(refused, Map.of("name", name, "password", password));
                }
              });
      join.setId("join-team");
      setCardContent(
          new Paragraph(
              "New to Otopair? Create your account; this link already confirms "
                  + preview.email()
                  + "."),
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
