package com.otopair.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Re-reads what a component shows every so often while it is attached, for figures no event
 * announces ("a minute passed": who is active now, what went dead in the outbox). The browser polls
 * the server (Vaadin's UI poll); several components on one page share the shortest interval asked,
 * and the page stops polling once the last of them is gone.
 */
public final class Polling {

  private Polling() {}

  /** Runs {@code refresh} about every {@code interval} while {@code owner} is attached. */
  public static Registration every(Component owner, Duration interval, Runnable refresh) {
    int millis = Math.toIntExact(interval.toMillis());
    var current = new Registration[1];
    Registration onAttach =
        owner.addAttachListener(event -> current[0] = start(event.getUI(), millis, refresh));
    Registration onDetach =
        owner.addDetachListener(
            event -> {
              if (current[0] != null) {
                current[0].remove();
                current[0] = null;
              }
            });
    owner.getUI().ifPresent(ui -> current[0] = start(ui, millis, refresh));
    return () -> {
      onAttach.remove();
      onDetach.remove();
      if (current[0] != null) {
        current[0].remove();
        current[0] = null;
      }
    };
  }

  private static Registration start(UI ui, int millis, Runnable refresh) {
    Intervals intervals = intervals(ui);
    intervals.asked.add(millis);
    ui.setPollInterval(intervals.shortest());
    Registration listener = ui.addPollListener(event -> refresh.run());
    return () -> {
      listener.remove();
      intervals.asked.remove(Integer.valueOf(millis));
      ui.setPollInterval(intervals.shortest());
    };
  }

  private static Intervals intervals(UI ui) {
    Intervals intervals = ComponentUtil.getData(ui, Intervals.class);
    if (intervals == null) {
      intervals = new Intervals();
      ComponentUtil.setData(ui, Intervals.class, intervals);
    }
    return intervals;
  }

  /** The intervals the page's components asked for; -1 (no polling) when none. */
  private static final class Intervals implements Serializable {
    final List<Integer> asked = new ArrayList<>();

    int shortest() {
      return asked.stream().mapToInt(Integer::intValue).min().orElse(-1);
    }
  }
}
