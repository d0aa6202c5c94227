package com.otopair.consult.ui;

import com.otopair.base.Formats;
import com.otopair.base.Images;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Roles;
import com.otopair.base.ui.ComponentTexts;
import com.otopair.base.ui.Feedback;
import com.otopair.booking.MyBookings;
import com.otopair.booking.VehicleDetails;
import com.otopair.consult.Intakes;
import com.otopair.consult.LiveSessions;
import com.otopair.consult.MechanicPresence;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The intake of a live session: which vehicle, what it does, up to five photos, and the price up
 * front. Sending it puts the customer in the shop's queue and opens the waiting room; with card
 * payments, it first sends them to Stripe's page to authorize the price.
 */
@Route("sessions/new/:slug/:service")
@PageTitle("consult.ask.title")
@RolesAllowed(Roles.CUSTOMER)
class AskView extends Main implements BeforeEnterObserver {

  final H2 heading = new H2();
  final Div card = new Div();
  final Paragraph plan = new Paragraph();
  final ComboBox<String> vehicle = new ComboBox<>();
  final TextArea problem = new TextArea();
  final Upload photos = ComponentTexts.localize(new Upload());
  final Button send = new Button();

  private final LiveSessions live;
  private final Intakes intakes;
  private final MechanicPresence presence;
  private final List<byte[]> pictures = new ArrayList<>();
  private LiveSessions.@Nullable RemoteService remote;

  AskView(LiveSessions live, Intakes intakes, MechanicPresence presence, MyBookings bookings) {
    this.live = live;
    this.intakes = intakes;
    this.presence = presence;
    addClassName("otopair-page");
    addClassName("otopair-ask-page");
    heading.addClassName("otopair-page-title");
    plan.setId("ask-plan");
    vehicle.setLabel(getTranslation("consult.ask.vehicle"));
    vehicle.setId("ask-vehicle");
    vehicle.setItems(bookings.vehicles().stream().map(VehicleDetails::label).toList());
    vehicle.setAllowCustomValue(true);
    vehicle.addCustomValueSetListener(e -> vehicle.setValue(e.getDetail()));
    vehicle.setPlaceholder(getTranslation("consult.ask.vehicle.placeholder"));
    vehicle.setRequiredIndicatorVisible(true);
    vehicle.setWidthFull();
    problem.setLabel(getTranslation("consult.ask.problem"));
    problem.setId("ask-problem");
    problem.setHelperText(getTranslation("consult.ask.problem.helper"));
    problem.setMaxLength(LiveSessions.MAX_PROBLEM);
    problem.setRequiredIndicatorVisible(true);
    problem.setWidthFull();
    photos.setId("ask-photos");
    photos.setAcceptedFileTypes(Images.ACCEPTED);
    photos.setMaxFileSize(Images.MAX_PHOTO_BYTES);
    photos.setMaxFiles(LiveSessions.MAX_PHOTOS);
    photos.setDropLabel(new Span(getTranslation("consult.ask.photos.drop")));
    photos.addFileRejectedListener(
        e -> Feedback.error(getTranslation("consult.ask.photos.rejected")));
    photos.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> pictures.add(bytes)));
    send.setText(getTranslation("consult.ask.send"));
    send.setId("ask-send");
    send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    send.addClickListener(e -> send());
    card.add(plan, vehicle, problem, photos, send);
    card.addClassName("otopair-card");
    card.addClassName("otopair-form-card");
    add(heading, card);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String slug = event.getRouteParameters().get("slug").orElse("");
    @Nullable UUID service = null;
    try {
      service = UUID.fromString(event.getRouteParameters().get("service").orElse(""));
      // Opening the intake is the funnel's first step: the service records it, with where the
      // link came from.
      String from =
          event.getLocation().getQueryParameters().getSingleParameter(Intakes.FROM).orElse("");
      remote = intakes.start(slug, service, from).orElse(null);
    } catch (IllegalArgumentException e) {
      remote = null;
    }
    if (remote == null && service != null && live.videoUnavailable(service)) {
      // A link to a video service while video calls are off: say so, and lead to the shop.
      heading.setText(getTranslation("consult.video.unavailable.heading"));
      var why = new Paragraph(getTranslation("consult.video.unavailable"));
      why.setId("video-unavailable");
      var back = new Anchor("shops/" + slug, getTranslation("consult.video.unavailable.back"));
      card.removeAll();
      card.add(why, back);
      return;
    }
    if (remote == null) {
      event.rerouteToError(NotFoundException.class);
      return;
    }
    heading.setText(getTranslation("consult.ask.heading", remote.shop().name()));
    String length = Formats.current().duration(remote.service().durationMinutes());
    int online = presence.onlineAt(remote.shop().id());
    String price =
        live.free()
            ? getTranslation("consult.ask.plan.free", remote.service().name(), length)
            : getTranslation(
                "consult.ask.plan.paid",
                remote.service().name(),
                length,
                Formats.current().money(remote.service().price()));
    plan.setText(price + " " + getTranslation("consult.ask.plan.online", online));
  }

  private void send() {
    if (remote == null) {
      return;
    }
    vehicle.setInvalid(false);
    problem.setInvalid(false);
    boolean missing = false;
    if (vehicle.getValue() == null || vehicle.getValue().isBlank()) {
      vehicle.setErrorMessage(getTranslation("consult.request.vehicle.required"));
      vehicle.setInvalid(true);
      missing = true;
    }
    if (problem.getValue().isBlank()) {
      problem.setErrorMessage(getTranslation("consult.request.problem.required"));
      problem.setInvalid(true);
      missing = true;
    }
    if (missing) {
      return;
    }
    try {
      UUID id =
          live.request(
              new LiveSessions.Request(
                  remote.shop().slug(),
                  java.util.Objects.requireNonNull(remote.service().id()),
                  vehicle.getValue(),
                  problem.getValue(),
                  List.copyOf(pictures)));
      Optional<String> payment = live.paymentPage(id);
      getUI()
          .ifPresent(
              ui ->
                  payment.ifPresentOrElse(
                      // Stripe's page; the session enters the queue once its price is held.
                      url -> ui.getPage().setLocation(url),
                      () ->
                          ui.navigate(
                              SessionView.class, new RouteParameters("id", id.toString()))));
    } catch (InvalidRequestException refused) {
      Map<String, HasValidation> fields = Map.of("vehicle", vehicle, "problem", problem);
      Feedback.show(refused, fields);
    }
  }
}
