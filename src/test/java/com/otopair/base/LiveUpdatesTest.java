package com.otopair.base;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The hub's re-read subscriptions: a burst folds into one re-read, and none is ever lost. */
class LiveUpdatesTest {

  record Touched(int shop) implements LiveUpdate {}

  private final LiveUpdates live = new LiveUpdates();
  private final AtomicInteger reads = new AtomicInteger();
  private Div tile;

  @BeforeEach
  void setUp() {
    MockVaadin.setup();
    tile = new Div();
    UI.getCurrent().add(tile);
  }

  @AfterEach
  void tearDown() {
    MockVaadin.tearDown();
  }

  @Test
  void aBurstWhileARereadWaitsCostsOneReread() {
    live.refreshOn(tile, Touched.class, e -> e.shop() == 1, reads::incrementAndGet);

    live.deliver(new Touched(1));
    live.deliver(new Touched(1));
    live.deliver(new Touched(1));
    MockVaadin.clientRoundtrip(false);

    assertThat(reads).hasValue(1);
  }

  @Test
  void anEventAfterTheRereadRanGetsItsOwn() {
    live.refreshOn(tile, Touched.class, reads::incrementAndGet);

    live.deliver(new Touched(1));
    MockVaadin.clientRoundtrip(false);
    live.deliver(new Touched(2));
    MockVaadin.clientRoundtrip(false);

    assertThat(reads).hasValue(2);
  }

  @Test
  void plainSubscriptionsStillGetEveryEvent() {
    live.subscribe(tile, Touched.class, e -> reads.incrementAndGet());

    live.deliver(new Touched(1));
    live.deliver(new Touched(1));
    live.deliver(new Touched(1));
    MockVaadin.clientRoundtrip(false);

    assertThat(reads).hasValue(3);
  }

  @Test
  void otherShopsEventsWakeNothing() {
    live.refreshOn(tile, Touched.class, e -> e.shop() == 1, reads::incrementAndGet);

    live.deliver(new Touched(2));
    MockVaadin.clientRoundtrip(false);

    assertThat(reads).hasValue(0);
  }

  @Test
  void aRereadQueuedBeforeADetachDoesNotSilenceTheTileWhenItComesBack() {
    live.refreshOn(tile, Touched.class, reads::incrementAndGet);

    live.deliver(new Touched(1));
    UI.getCurrent().remove(tile);
    MockVaadin.clientRoundtrip(false);
    int beforeReturn = reads.get();
    UI.getCurrent().add(tile);
    live.deliver(new Touched(1));
    MockVaadin.clientRoundtrip(false);

    assertThat(reads.get()).isEqualTo(beforeReturn + 1);
  }
}
