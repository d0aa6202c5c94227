package com.otopair.scheduling.ui;

import com.otopair.base.I18n;
import com.otopair.base.ui.Feedback;
import com.otopair.scheduling.BookingPolicy;
import com.otopair.scheduling.ScheduleRules;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.Setter;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.ValueProvider;
import java.time.Duration;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * How the shop takes bookings: slot steps, buffers, notice, horizon, cap and cancellations, and how
 * long its live sessions wait for a mechanic, and whether a remote session's price is credited on
 * the repair booked from it.
 */
class PolicyDialog extends ScheduleDialog {

  /** The policy as its fields show it: minutes, days and hours. */
  static final class Draft {
    int step;
    int before;
    int after;
    int notice;
    int horizon;
    @Nullable Integer cap;
    int cancellation;
    int reschedules;
    int liveWait;
    boolean creditSessions;

    Draft(BookingPolicy policy) {
      step = (int) policy.step().toMinutes();
      before = (int) policy.bufferBefore().toMinutes();
      after = (int) policy.bufferAfter().toMinutes();
      notice = (int) policy.minimumNotice().toMinutes();
      horizon = policy.horizonDays();
      cap = policy.maxBookingsPerDay();
      cancellation = (int) policy.cancellationWindow().toHours();
      reschedules = policy.rescheduleLimit();
      liveWait = policy.liveWaitMinutes();
      creditSessions = policy.creditRemoteSessions();
    }

    BookingPolicy toPolicy() {
      return new BookingPolicy(
          Duration.ofMinutes(step),
          Duration.ofMinutes(before),
          Duration.ofMinutes(after),
          Duration.ofMinutes(notice),
          horizon,
          cap,
          Duration.ofHours(cancellation),
          reschedules,
          liveWait,
          creditSessions);
    }
  }

  final IntegerField step = integer("scheduling.policy.step");
  final IntegerField before = integer("scheduling.policy.before");
  final IntegerField after = integer("scheduling.policy.after");
  final IntegerField notice = integer("scheduling.policy.notice");
  final IntegerField horizon = integer("scheduling.policy.horizon");
  final IntegerField cap = new IntegerField(I18n.t("scheduling.policy.cap"));
  final IntegerField cancellation = integer("scheduling.policy.cancellation");
  final IntegerField reschedules = integer("scheduling.policy.reschedules");
  final IntegerField liveWait = integer("scheduling.policy.live-wait");
  final Checkbox creditSessions = new Checkbox(I18n.t("scheduling.policy.credit-sessions"));
  private final Binder<Draft> binder = new Binder<>();

  PolicyDialog(ScheduleView view) {
    super(view, "scheduling.policy.title");
    cap.setHelperText(getTranslation("scheduling.policy.cap.helper"));
    liveWait.setHelperText(getTranslation("scheduling.policy.live-wait.helper"));
    Draft draft = new Draft(view.services().bookingPolicies().policy(view.shop().id()));
    bind(step, ScheduleRules::stepProblem, d -> d.step, (d, v) -> d.step = v);
    bind(before, ScheduleRules::bufferProblem, d -> d.before, (d, v) -> d.before = v);
    bind(after, ScheduleRules::bufferProblem, d -> d.after, (d, v) -> d.after = v);
    bind(notice, ScheduleRules::noticeProblem, d -> d.notice, (d, v) -> d.notice = v);
    bind(horizon, ScheduleRules::horizonProblem, d -> d.horizon, (d, v) -> d.horizon = v);
    binder
        .forField(cap)
        .withValidator(rule(ScheduleRules::capProblem))
        .bind(d -> d.cap, (d, v) -> d.cap = v);
    bind(
        cancellation,
        ScheduleRules::cancellationProblem,
        d -> d.cancellation,
        (d, v) -> d.cancellation = v);
    bind(
        reschedules,
        ScheduleRules::reschedulesProblem,
        d -> d.reschedules,
        (d, v) -> d.reschedules = v);
    bind(liveWait, ScheduleRules::liveWaitProblem, d -> d.liveWait, (d, v) -> d.liveWait = v);
    creditSessions.setId("policy-credit-sessions");
    binder.forField(creditSessions).bind(d -> d.creditSessions, (d, v) -> d.creditSessions = v);
    binder.setBean(draft);
    add(
        form(
            step,
            before,
            after,
            notice,
            horizon,
            cap,
            cancellation,
            reschedules,
            liveWait,
            creditSessions));
    footer(
        "scheduling.policy.save",
        () ->
            submit(
                binder,
                Map.of(
                    "step", step,
                    "buffer", after,
                    "notice", notice,
                    "horizon", horizon,
                    "cap", cap,
                    "cancellation", cancellation,
                    "reschedules", reschedules,
                    "liveWait", liveWait),
                () -> {
                  view.services()
                      .bookingPolicies()
                      .updatePolicy(view.shop().id(), draft.toPolicy());
                  Feedback.success(getTranslation("scheduling.policy.saved"));
                }));
  }

  /** A required whole number, checked by the service's own rule (which names a key). */
  private void bind(
      IntegerField field,
      SerializableFunction<Integer, @Nullable String> rule,
      ValueProvider<Draft, Integer> getter,
      Setter<Draft, Integer> setter) {
    binder
        .forField(field)
        .asRequired(getTranslation("scheduling.policy.required", field.getLabel()))
        .withValidator(rule(rule))
        .bind(getter, setter);
  }
}
