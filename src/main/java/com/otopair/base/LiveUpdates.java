package com.otopair.base;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The live-update hub: services publish {@link LiveUpdate} events, views subscribe while they are
 * attached, and each subscriber gets the event pushed through {@link UI#access} once the publishing
 * transaction has committed (a rolled-back change is never shown).
 *
 * <p>Events committed on the other nodes that share the database arrive through {@link LiveRelay}
 * and are delivered the same way. They carry ids only: receivers re-read what they show from the
 * database rather than trust the event's payload.
 */
@org.springframework.stereotype.Component
public class LiveUpdates {

  private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

  private final Set<Subscription<?>> subscriptions = ConcurrentHashMap.newKeySet();
  private final Executor relayed = Executors.newVirtualThreadPerTaskExecutor();

  /**
   * Delivers events of {@code type} to {@code listener} while {@code owner} is attached to a UI.
   * The subscription follows the component: it starts on attach and ends on detach.
   */
  public <T extends LiveUpdate> Registration subscribe(
      Component owner, Class<T> type, SerializableConsumer<T> listener) {
    return subscribe(owner, type, event -> true, listener);
  }

  /**
   * Delivers the events of {@code type} that {@code wanted} accepts to {@code listener} while
   * {@code owner} is attached to a UI. {@code wanted} runs on the delivering thread, before the UI
   * is touched, so a page that shows one session is not woken for every other session's event: it
   * may read only the event and values fixed when subscribing.
   */
  public <T extends LiveUpdate> Registration subscribe(
      Component owner,
      Class<T> type,
      SerializablePredicate<T> wanted,
      SerializableConsumer<T> listener) {
    return subscribe(owner, type, wanted, listener, null);
  }

  private <T extends LiveUpdate> Registration subscribe(
      Component owner,
      Class<T> type,
      SerializablePredicate<T> wanted,
      SerializableConsumer<T> listener,
      @Nullable AtomicBoolean waiting) {
    var current = new Subscription<?>[1];
    Registration onAttach =
        owner.addAttachListener(
            event -> {
              if (waiting != null) {
                waiting.set(false); // a re-read queued before a detach never ran
              }
              current[0] = add(new Subscription<>(event.getUI(), type, wanted, listener, waiting));
            });
    Registration onDetach =
        owner.addDetachListener(
            event -> {
              if (current[0] != null) {
                subscriptions.remove(current[0]);
                current[0] = null;
              }
            });
    owner
        .getUI()
        .ifPresent(ui -> current[0] = add(new Subscription<>(ui, type, wanted, listener, waiting)));
    return () -> {
      onAttach.remove();
      onDetach.remove();
      if (current[0] != null) {
        subscriptions.remove(current[0]);
      }
    };
  }

  /**
   * Re-reads what {@code owner} shows when an event of {@code type} that {@code wanted} accepts
   * commits, while {@code owner} is attached. Events that arrive while a re-read is already waiting
   * for this page's lock are folded into it (that re-read starts after they committed, so it sees
   * them): a burst of bookings costs a busy dashboard one query per tile, not one per booking.
   */
  public <T extends LiveUpdate> Registration refreshOn(
      Component owner,
      Class<T> type,
      SerializablePredicate<T> wanted,
      SerializableRunnable refresh) {
    var waiting = new AtomicBoolean();
    return subscribe(
        owner,
        type,
        wanted,
        event -> {
          waiting.set(false);
          refresh.run();
        },
        waiting);
  }

  /**
   * {@link #refreshOn(Component, Class, SerializablePredicate, SerializableRunnable)} for every
   * event of {@code type}.
   */
  public <T extends LiveUpdate> Registration refreshOn(
      Component owner, Class<T> type, SerializableRunnable refresh) {
    return refreshOn(owner, type, event -> true, refresh);
  }

  /**
   * Delivers events of {@code type} to {@code listener} on the delivering thread, with no UI: for
   * tests that watch what a node receives.
   */
  <T extends LiveUpdate> Registration listen(Class<T> type, Consumer<T> listener) {
    Subscription<?> subscription =
        add(new Subscription<>(null, type, event -> true, listener::accept, null));
    return () -> subscriptions.remove(subscription);
  }

  /** How many views are subscribed now; for tests and the admin's health view. */
  public int subscriberCount() {
    return subscriptions.size();
  }

  private Subscription<?> add(Subscription<?> subscription) {
    subscriptions.add(subscription);
    return subscription;
  }

  @EventListener
  void on(LiveUpdate event) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              deliver(event);
            }
          });
    } else {
      deliver(event);
    }
  }

  /** Offers {@code event} to every subscriber now, on this thread: a committed local event. */
  void deliver(LiveUpdate event) {
    for (Subscription<?> subscription : subscriptions) {
      subscription.offer(event);
    }
  }

  /**
   * Offers a relayed event to every subscriber, each on its own virtual thread: the relay's one
   * listening thread never waits for a page's lock or its push, so a busy page on this node cannot
   * hold up the others. Order between two events is not kept; receivers re-read the database.
   */
  void deliverRelayed(LiveUpdate event) {
    for (Subscription<?> subscription : subscriptions) {
      if (subscription.wants(event)) {
        relayed.execute(() -> subscription.offer(event));
      }
    }
  }

  private record Subscription<T extends LiveUpdate>(
      @Nullable UI ui,
      Class<T> type,
      SerializablePredicate<T> wanted,
      SerializableConsumer<T> listener,
      @Nullable AtomicBoolean waiting) {

    boolean wants(LiveUpdate event) {
      return type.isInstance(event) && wanted.test(type.cast(event));
    }

    void offer(LiveUpdate event) {
      if (!wants(event)) {
        return;
      }
      if (ui == null) {
        listener.accept(type.cast(event));
        return;
      }
      if (waiting != null && !waiting.compareAndSet(false, true)) {
        return; // a re-read already waits for this page: it will see this event's change
      }
      try {
        ui.access(() -> listener.accept(type.cast(event)));
      } catch (UIDetachedException e) {
        log.debug("Skipped a live update for a detached UI", e);
      }
    }
  }
}
