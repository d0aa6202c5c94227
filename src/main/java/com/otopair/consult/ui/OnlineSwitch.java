package com.otopair.consult.ui;

import com.otopair.base.CurrentUser;
import com.otopair.base.Roles;
import com.otopair.base.ui.NavbarWidget;
import com.otopair.consult.MechanicPresence;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * In a mechanic's top bar: whether they take live sessions now. While any page of theirs is open,
 * the browser's heartbeat keeps them counted as online.
 */
class OnlineSwitch extends Checkbox {

  private final MechanicPresence presence;
  private final UUID me;
  private @Nullable Registration heartbeat;

  OnlineSwitch(MechanicPresence presence, UUID me) {
    this.presence = presence;
    this.me = me;
    setId("online-switch");
    addClassName("otopair-online-switch");
    setLabel(getTranslation("consult.online.label"));
    setValue(presence.isOnline());
    setTooltipText(getTranslation("consult.online.tooltip"));
    addValueChangeListener(
        e -> {
          if (e.isFromClient()) {
            presence.setOnline(e.getValue());
          }
        });
  }

  @Override
  protected void onAttach(AttachEvent event) {
    super.onAttach(event);
    presence.seen(me);
    heartbeat = event.getUI().addHeartbeatListener(e -> presence.seen(me));
  }

  @Override
  protected void onDetach(DetachEvent event) {
    if (heartbeat != null) {
      heartbeat.remove();
      heartbeat = null;
    }
    super.onDetach(event);
  }

  /** Puts the switch in every mechanic's top bar. */
  @org.springframework.stereotype.Component
  static class Widget implements NavbarWidget {

    private final MechanicPresence presence;

    Widget(MechanicPresence presence) {
      this.presence = presence;
    }

    @Override
    public Optional<Component> create() {
      return CurrentUser.get()
          .filter(user -> Roles.MECHANIC.equals(user.role()))
          .map(user -> new OnlineSwitch(presence, user.id()));
    }
  }
}
