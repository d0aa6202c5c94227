package com.otopair.payments.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.Forms;
import com.otopair.payments.PaymentMode;
import com.otopair.payments.PaymentRules;
import com.otopair.payments.PaymentSetup;
import com.otopair.payments.ShopPaymentSetup;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * How customers pay: the shop's payment mode and what a late cancellation gives back, checked all
 * at once with the service's own rules ({@link PaymentRules}) before it is saved.
 */
class PaymentSetupForm extends Div {

  /** The key of "online payment isn't set up on this Otopair". */
  static final String NOT_ONLINE = "payments.setup.not-online";

  static final List<Integer> LATE_REFUNDS = List.of(0, 25, 50, 75, 100);

  /** What the owner chose, before it is saved. */
  private static final class Draft {
    @Nullable PaymentMode mode;
    @Nullable Integer lateRefund;
  }

  final RadioButtonGroup<PaymentMode> mode =
      new RadioButtonGroup<>(getTranslation("payments.setup.mode"));
  final Select<Integer> lateRefund = new Select<>();
  final Button save = new Button(getTranslation("payments.setup.save"));
  final Paragraph offlineNote = new Paragraph(getTranslation(NOT_ONLINE));

  private final Binder<Draft> binder = new Binder<>();
  private final ShopPaymentSetup service;
  private final UUID shopId;
  private final SerializableConsumer<PaymentSetup> onSaved;
  private @Nullable PaymentSetup setup;

  PaymentSetupForm(
      ShopPaymentSetup service, UUID shopId, SerializableConsumer<PaymentSetup> onSaved) {
    this.service = service;
    this.shopId = shopId;
    this.onSaved = onSaved;
    mode.setItems(PaymentMode.values());
    mode.setRenderer(
        new ComponentRenderer<>(
            m -> {
              var explanation = new Span(m.explanation());
              explanation.addClassName("otopair-small");
              return new Div(new Span(m.label()), new Div(explanation));
            }));
    mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
    mode.setId("payment-mode");

    lateRefund.setLabel(getTranslation("payments.setup.late-refund"));
    lateRefund.setItems(LATE_REFUNDS);
    lateRefund.setItemLabelGenerator(
        percent -> getTranslation("payments.setup.late-refund.item", percent));
    lateRefund.setHelperText(getTranslation("payments.setup.late-refund.helper"));
    lateRefund.setId("late-refund");

    binder
        .forField(mode)
        .withValidator(
            Forms.rule(
                (@Nullable PaymentMode m) ->
                    setup == null
                        ? null
                        : words(
                            PaymentRules.modeProblem(m, setup.onlineAvailable(), setup.account()))))
        .bind(d -> d.mode, (d, v) -> d.mode = v);
    binder
        .forField(lateRefund)
        .withValidator(
            Forms.rule((@Nullable Integer p) -> words(PaymentRules.lateRefundProblem(p))))
        .bind(d -> d.lateRefund, (d, v) -> d.lateRefund = v);

    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    save.setId("save-payment-setup");
    save.addClickListener(e -> save());

    offlineNote.setId("offline-note");
    add(
        new H2(getTranslation("payments.setup.title")),
        new Paragraph(getTranslation("payments.setup.lead")),
        offlineNote,
        mode,
        lateRefund,
        new Div(save));
    addClassName("otopair-card");
  }

  void save() {
    var draft = binder.getBean();
    if (draft == null || !Forms.validate(binder)) {
      return;
    }
    PaymentMode chosen = Objects.requireNonNull(draft.mode);
    try {
      onSaved.accept(service.change(shopId, chosen, Objects.requireNonNull(draft.lateRefund)));
      Feedback.success(
          getTranslation("payments.setup.saved", chosen.label().toLowerCase(getLocale())));
    } catch (InvalidRequestException refused) {
      Feedback.show(refused, Map.of("mode", mode, "lateRefund", lateRefund));
    }
  }

  /** A rule's problem (a key) in the reader's words; null when there is none. */
  private @Nullable String words(@Nullable String problem) {
    return problem == null ? null : getTranslation(problem);
  }

  /** Shows the shop's setup as it is saved: the choices it offers and the ones it made. */
  void show(PaymentSetup current) {
    setup = current;
    boolean online = current.onlineAvailable();
    mode.setItemEnabledProvider(m -> online || m == PaymentMode.OFF);
    List<Integer> shares = new ArrayList<>(LATE_REFUNDS);
    if (!shares.contains(current.lateRefundPercent())) {
      shares.add(current.lateRefundPercent());
      shares.sort(null);
    }
    lateRefund.setItems(shares);
    var saved = new Draft();
    saved.mode = current.mode();
    saved.lateRefund = current.lateRefundPercent();
    binder.setBean(saved);
    offlineNote.setVisible(!online);
  }
}
