package com.otopair.team.ui;

import com.otopair.base.Formats;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Badge.Tone;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.GridColumns;
import com.otopair.shops.CurrentShop;
import com.otopair.shops.ShopDetails;
import com.otopair.shops.ShopMembership;
import com.otopair.shops.ShopService;
import com.otopair.team.InvitationStatus;
import com.otopair.team.InvitationSummary;
import com.otopair.team.TeamService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The owner's team: invite mechanics by email, follow the invitations, remove a mechanic. */
@Route("team")
@PageTitle("Team")
@Menu(order = 20, icon = "vaadin:group", title = "Team")
@RolesAllowed(Roles.SHOP_OWNER)
class TeamView extends Main {

  @Nullable ShopDetails shop;
  final EmailField email = new EmailField("Mechanic's email");
  final Button invite;
  final Grid<InvitationSummary> invitations = new Grid<>();
  final Div members = new Div();

  private final TeamService team;
  private final ShopService shops;
  private final ShopMembership membership;

  TeamView(TeamService team, ShopService shops, ShopMembership membership, CurrentShop current) {
    this.team = team;
    this.shops = shops;
    this.membership = membership;
    addClassName("otopair-page");

    List<ShopDetails> mine = shops.ownedShops();
    if (mine.isEmpty()) {
      var card =
          new Div(
              new H2("No shop yet"),
              new Paragraph("Set up your shop first; then invite your mechanics here."));
      card.addClassName("otopair-card");
      add(card);
      invite = new Button();
      return;
    }
    shop = current.among(mine).orElse(mine.getFirst());
    var heading = new H2("The team of " + shop.name());
    heading.setId("team-heading");

    email.setPlaceholder("name@example.com");
    email.setClearButtonVisible(true);
    invite = new Button("Send invitation", e -> invite());
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    invite.setId("send-invitation");
    var form = new HorizontalLayout(email, invite);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    var inviteCard =
        new Div(
            new H2("Invite a mechanic"),
            new Paragraph(
                "They get an email with a link valid for 7 days; new people create their account from it."),
            form);
    inviteCard.addClassName("otopair-card");

    ZoneId zone = ZoneId.of(shop.timeZone());
    invitations.addColumn(InvitationSummary::email).setHeader("Email").setAutoWidth(true);
    invitations.addComponentColumn(TeamView::badge).setHeader("Status").setAutoWidth(true);
    invitations
        .addColumn(i -> Formats.current().monthDay(i.sentAt(), zone))
        .setHeader("Sent")
        .setAutoWidth(true);
    invitations.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
    GridColumns.of(invitations)
        .cardsBelow(
            640,
            i ->
                GridColumns.card(
                    i.email(),
                    List.of("Sent " + Formats.current().monthDay(i.sentAt(), zone)),
                    badge(i),
                    actions(i)));
    invitations.setAllRowsVisible(true);
    invitations.setEmptyStateText("No invitations yet. Invite your first mechanic above.");
    var invitationsCard = new Div(new H2("Invitations"), invitations);
    invitationsCard.addClassName("otopair-card");

    members.addClassName("otopair-card");
    add(heading, inviteCard, members, invitationsCard);
    refresh();
  }

  private void invite() {
    try {
      team.invite(shop.id(), email.getValue());
      Feedback.success("Invitation sent to " + email.getValue().trim());
      email.clear();
      email.setInvalid(false);
      refresh();
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("email", email));
    }
  }

  private void refresh() {
    invitations.setItems(team.invitations(shop.id()));
    ShopDetails current = shops.ownShop(shop.id());
    members.removeAll();
    members.add(new H2("Mechanics"));
    if (current.mechanics().isEmpty()) {
      members.add(new Paragraph("No mechanics yet. Accepted invitations appear here."));
    }
    for (ShopDetails.Member mechanic : current.mechanics()) {
      var remove = new Button("Remove", e -> confirmRemove(current, mechanic));
      remove.addThemeVariants(
          ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      var row = new Div(new Span(mechanic.name()), remove);
      row.addClassName("otopair-member-row");
      members.add(row);
    }
  }

  private void confirmRemove(ShopDetails current, ShopDetails.Member mechanic) {
    var dialog =
        new ConfirmDialog(
            "Remove " + mechanic.name() + "?",
            "They leave " + current.name() + "'s team and its public page at once.",
            "Remove",
            e ->
                run(
                    () -> membership.removeMechanic(current.id(), mechanic.userId()),
                    mechanic.name() + " left the team"));
    dialog.setCancelable(true);
    dialog.setConfirmButtonTheme("error primary");
    dialog.open();
  }

  private Component actions(InvitationSummary invitation) {
    var actions = new Div();
    if (invitation.status() == InvitationStatus.PENDING
        || invitation.status() == InvitationStatus.EXPIRED) {
      var resend =
          new Button(
              "Resend",
              e -> run(() -> team.resend(invitation.id()), "Sent again to " + invitation.email()));
      resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      actions.add(resend);
    }
    if (invitation.status() == InvitationStatus.PENDING) {
      var revoke =
          new Button("Revoke", e -> run(() -> team.revoke(invitation.id()), "Invitation revoked"));
      revoke.addThemeVariants(
          ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      actions.add(revoke);
    }
    return actions;
  }

  private static Component badge(InvitationSummary invitation) {
    return new Badge(
        invitation.status().label(),
        switch (invitation.status()) {
          case ACCEPTED -> Tone.SUCCESS;
          case DECLINED, REVOKED, EXPIRED -> Tone.CONTRAST;
          case PENDING -> Tone.NEUTRAL;
        });
  }

  private void run(Runnable action, String success) {
    if (Feedback.run(action, success)) {
      refresh();
    }
  }
}
