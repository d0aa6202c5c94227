package com.otopair.shops.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.Money;
import com.otopair.base.ui.Badge;
import com.otopair.base.ui.Feedback;
import com.otopair.base.ui.GridColumns;
import com.otopair.shops.Offering;
import com.otopair.shops.OfferingCategory;
import com.otopair.shops.OfferingMode;
import com.otopair.shops.ServiceMenu;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The owner's service menu: a list of services and a dialog to add or change one. */
class ServiceMenuEditor extends Div {

  final Grid<Offering> grid = new Grid<>();
  final Paragraph videoOff = new Paragraph(getTranslation("shops.services.video-off.note"));
  final Button add;
  @Nullable OfferingDialog dialog;

  private final ServiceMenu menu;
  private final UUID shopId;

  ServiceMenuEditor(ServiceMenu menu, UUID shopId) {
    this.menu = menu;
    this.shopId = shopId;
    addClassName("otopair-card");
    Formats formats = Formats.current();
    grid.addColumn(Offering::name)
        .setHeader(getTranslation("shops.services.service"))
        .setFlexGrow(2);
    var category =
        grid.addColumn(o -> o.category().label())
            .setHeader(getTranslation("shops.services.category"))
            .setAutoWidth(true);
    grid.addColumn(o -> formats.duration(o.durationMinutes()))
        .setHeader(getTranslation("shops.services.duration"))
        .setAutoWidth(true);
    grid.addColumn(o -> formats.money(o.price()))
        .setHeader(getTranslation("shops.services.price"))
        .setAutoWidth(true);
    var where =
        grid.addColumn(o -> o.mode().label())
            .setHeader(getTranslation("shops.services.where"))
            .setAutoWidth(true);
    grid.addComponentColumn(this::status)
        .setHeader(getTranslation("shops.services.status"))
        .setAutoWidth(true);
    // A phone shows each service as a card: its name and status, then what, how long and where.
    GridColumns.of(grid)
        .hideBelow(1000, category, where)
        .cardsBelow(
            640,
            o ->
                GridColumns.card(
                    o.name(),
                    List.of(
                        formats.money(o.price()) + " · " + formats.duration(o.durationMinutes()),
                        o.category().label() + " · " + o.mode().label()),
                    status(o)));
    // Without a video service, video calls are not offered; the owner reads why.
    videoOff.setId("video-off-note");
    videoOff.addClassName("otopair-muted");
    videoOff.setVisible(!menu.videoAvailable());
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText(getTranslation("shops.services.empty"));
    grid.addItemClickListener(e -> open(e.getItem()));
    add = new Button(getTranslation("shops.services.add"), e -> open(null));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setId("add-offering");
    add(
        new H2(getTranslation("shops.services.title")),
        new Paragraph(getTranslation("shops.services.lead")),
        videoOff,
        grid,
        add);
    refresh();
  }

  private Badge status(Offering offering) {
    if (!offering.active()) {
      return new Badge(I18n.t("shops.services.hidden"), Badge.Tone.CONTRAST);
    }
    if (offering.mode() == OfferingMode.REMOTE_VIDEO && !menu.videoAvailable()) {
      return new Badge(I18n.t("shops.services.video-off"), Badge.Tone.CONTRAST);
    }
    return new Badge(I18n.t("shops.services.offered"), Badge.Tone.SUCCESS);
  }

  private void refresh() {
    grid.setItems(menu.forOwner(shopId));
  }

  void open(@Nullable Offering offering) {
    dialog = new OfferingDialog(offering, menu.currencyOf(shopId));
    dialog.open();
  }

  /** Add or change one service. */
  class OfferingDialog extends Dialog {
    final TextField name = new TextField(getTranslation("shops.services.service"));
    final Select<OfferingCategory> category = new Select<>();
    final IntegerField duration =
        new IntegerField(getTranslation("shops.services.duration-minutes"));
    final BigDecimalField price = new BigDecimalField();
    final Select<OfferingMode> mode = new Select<>();
    final TextArea description = new TextArea(getTranslation("shops.services.description"));
    final Checkbox active = new Checkbox(getTranslation("shops.services.active"));
    final Button save;

    OfferingDialog(@Nullable Offering offering, String currency) {
      setHeaderTitle(
          offering == null
              ? getTranslation("shops.services.add")
              : getTranslation("shops.services.change", offering.name()));
      category.setLabel(getTranslation("shops.services.category"));
      category.setItems(OfferingCategory.values());
      category.setItemLabelGenerator(OfferingCategory::label);
      mode.setLabel(getTranslation("shops.services.where"));
      mode.setItems(OfferingMode.values());
      mode.setItemLabelGenerator(OfferingMode::label);
      mode.addValueChangeListener(
          e ->
              mode.setHelperText(
                  e.getValue() == OfferingMode.REMOTE_VIDEO && !menu.videoAvailable()
                      ? getTranslation("shops.services.video-off.note")
                      : null));
      price.setLabel(getTranslation("shops.services.price-in", currency));
      duration.setMin(5);
      duration.setMax(720);
      duration.setStep(5);
      description.setMaxLength(ServiceMenu.MAX_DESCRIPTION);
      if (offering == null) {
        category.setValue(OfferingCategory.DIAGNOSTICS);
        mode.setValue(OfferingMode.IN_SHOP);
        duration.setValue(60);
        active.setValue(true);
      } else {
        name.setValue(offering.name());
        category.setValue(offering.category());
        mode.setValue(offering.mode());
        duration.setValue(offering.durationMinutes());
        price.setValue(offering.price().amount());
        description.setValue(offering.description());
        active.setValue(offering.active());
      }
      var form = new FormLayout(name, category, duration, price, mode, active, description);
      form.setColspan(description, 2);
      add(form);
      save =
          new Button(
              getTranslation("shops.services.save"),
              e -> {
                try {
                  BigDecimal amount = price.getValue() == null ? BigDecimal.ZERO : price.getValue();
                  menu.save(
                      shopId,
                      new Offering(
                          offering == null ? null : offering.id(),
                          name.getValue(),
                          description.getValue(),
                          category.getValue(),
                          duration.getValue() == null ? 0 : duration.getValue(),
                          Money.of(amount, currency),
                          mode.getValue(),
                          active.getValue()));
                  close();
                  refresh();
                  Feedback.success(getTranslation("shops.services.saved"));
                } catch (InvalidRequestException refused) {
                  Feedback.show(
                      refused,
                      Map.of(
                          "name",
                          name,
                          "duration",
                          duration,
                          "price",
                          price,
                          "description",
                          description));
                }
              });
      save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      var cancel = new Button(getTranslation("shops.services.cancel"), e -> close());
      getFooter().add(cancel, save);
    }
  }
}
