package com.otopair.consult.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.LiveUpdates;
import com.otopair.base.Roles;
import com.otopair.base.ui.NavbarWidget;
import com.otopair.consult.MechanicPresence;
import com.otopair.consult.MechanicStatusChanged;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Whether a mechanic takes live sessions now: in their top bar, and on their home. While any page
 * of theirs is open, the browser's heartbeat (heard by the top bar's switch) keeps them counted as
 * online. Every switch of theirs follows a change made on another (the home's, another tab's).
 */
class OnlineSwitch extends Checkbox {

  private final MechanicPresence presence;
  private final UUID me;
  private final boolean heartbeat;
  private @Nullable Registration beating;

  private OnlineSwitch(
      MechanicPresence presence, LiveUpdates live, UUID me, String id, boolean heartbeat) {
    this.presence = presence;
    this.me = me;
    this.heartbeat = heartbeat;
    setId(id);
    addClassName("otopair-online-switch");
    setLabel(getTranslation("consult.online.label"));
    setValue(presence.isOnline(me));
    setTooltipText(getTranslation("consult.online.tooltip"));
    addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            presence.setOnline(e.getValue());
          }
        });
    live.subscribe(
        this,
        MechanicStatusChanged.class,
        e -> me.equals(e.mechanicId()),
        e -> setValue(presence.isOnline(me)));
  }

  /** The top bar's switch, which also keeps the mechanic counted while their page is open. */
  static OnlineSwitch inTopBar(MechanicPresence presence, LiveUpdates live, UUID me) {
    return new OnlineSwitch(presence, live, me, "online-switch", true);
  }

  /** The same switch on the mechanic's home (the top bar's keeps the heartbeat). */
  static OnlineSwitch onHome(MechanicPresence presence, LiveUpdates live, UUID me) {
    return new OnlineSwitch(presence, live, me, "home-online-switch", false);
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    if (heartbeat) {
      presence.seen(me);
      beating = event.getUI().addHeartbeatListener(e -> presence.seen(me));
    }
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (beating != null) {
      beating.remove();
      beating = null;
    }
    super.onDetach(event);
  }

  /** Puts the switch in every mechanic's top bar. */
  @org.springframework.stereotype.Component
  static class Widget implements NavbarWidget {

    private final MechanicPresence presence;
    private final LiveUpdates live;

    Widget(MechanicPresence presence, LiveUpdates live) {
      this.presence = presence;
      this.live = live;
    }

    @Override
    public Optional<Component> create() {
      return CurrentUser.get()
          .filter(user -> Roles.MECHANIC.equals(user.role()))
          .map(user -> inTopBar(presence, live, user.id()));
    }
  }
}
