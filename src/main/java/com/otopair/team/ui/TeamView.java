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
@PageTitle("team.team.title")
@Menu(order = 20, icon = "vaadin:group", title = "team.menu.team")
@RolesAllowed(Roles.SHOP_OWNER)
class TeamView extends Main {

  @Nullable ShopDetails shop;
  final EmailField email = new EmailField(getTranslation("team.invite.email"));
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
              new H2(getTranslation("team.no-shop.title")),
              new Paragraph(getTranslation("team.no-shop.text")));
      card.addClassName("otopair-card");
      add(card);
      invite = new Button();
      return;
    }
    shop = current.among(mine).orElse(mine.getFirst());
    var heading = new H2(getTranslation("team.heading", shop.name()));
    heading.setId("team-heading");

    email.setPlaceholder("name@example.com");
    email.setClearButtonVisible(true);
    invite = new Button(getTranslation("team.invite.send"), e -> invite());
    invite.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    invite.setId("send-invitation");
    var form = new HorizontalLayout(email, invite);
    form.setAlignItems(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    var inviteCard =
        new Div(
            new H2(getTranslation("team.invite.title")),
            new Paragraph(getTranslation("team.invite.lead")),
            form);
    inviteCard.addClassName("otopair-card");

    ZoneId zone = ZoneId.of(shop.timeZone());
    invitations
        .addColumn(InvitationSummary::email)
        .setHeader(getTranslation("team.invitations.email"))
        .setKey("email")
        .setAutoWidth(true);
    invitations
        .addComponentColumn(TeamView::badge)
        .setHeader(getTranslation("team.invitations.status"))
        .setKey("status")
        .setAutoWidth(true);
    invitations
        .addColumn(i -> Formats.current().monthDay(i.sentAt(), zone))
        .setHeader(getTranslation("team.invitations.sent"))
        .setKey("sent")
        .setAutoWidth(true);
    invitations
        .addComponentColumn(this::actions)
        .setHeader(getTranslation("team.invitations.actions"))
        .setKey("actions")
        .setAutoWidth(true);
    GridColumns.of(invitations)
        .cardsBelow(
            640,
            i ->
                GridColumns.card(
                    i.email(),
                    List.of(
                        getTranslation(
                            "team.invitations.sent-on",
                            Formats.current().monthDay(i.sentAt(), zone))),
                    badge(i),
                    actions(i)));
    invitations.setAllRowsVisible(true);
    invitations.setEmptyStateText(getTranslation("team.invitations.empty"));
    var invitationsCard = new Div(new H2(getTranslation("team.invitations.title")), invitations);
    invitationsCard.addClassName("otopair-card");

    members.addClassName("otopair-card");
    add(heading, inviteCard, members, invitationsCard);
    refresh();
  }

  private void invite() {
    try {
      team.invite(shop.id(), email.getValue());
      Feedback.success(getTranslation("team.invite.done", email.getValue().trim()));
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
    members.add(new H2(getTranslation("team.mechanics.title")));
    if (current.mechanics().isEmpty()) {
      members.add(new Paragraph(getTranslation("team.mechanics.empty")));
    }
    for (ShopDetails.Member mechanic : current.mechanics()) {
      var remove =
          new Button(
              getTranslation("team.mechanics.remove"), e -> confirmRemove(current, mechanic));
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
            getTranslation("team.remove.title", mechanic.name()),
            getTranslation("team.remove.text", current.name()),
            getTranslation("team.mechanics.remove"),
            e ->
                run(
                    () -> membership.removeMechanic(current.id(), mechanic.userId()),
                    getTranslation("team.remove.done", mechanic.name())));
    dialog.setCancelable(true);
    dialog.setCancelText(getTranslation("team.dialog.cancel"));
    dialog.setConfirmButtonTheme("error primary"); // i18n: a theme
    dialog.open();
  }

  private Component actions(InvitationSummary invitation) {
    var actions = new Div();
    if (invitation.status() == InvitationStatus.PENDING
        || invitation.status() == InvitationStatus.EXPIRED) {
      var resend =
          new Button(
              getTranslation("team.invitations.resend"),
              e ->
                  run(
                      () -> team.resend(invitation.id()),
                      getTranslation("team.invitations.resent", invitation.email())));
      resend.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
      actions.add(resend);
    }
    if (invitation.status() == InvitationStatus.PENDING) {
      var revoke =
          new Button(
              getTranslation("team.invitations.revoke"),
              e ->
                  run(
                      () -> team.revoke(invitation.id()),
                      getTranslation("team.invitations.revoked")));
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
