package com.otopair.shops.ui;

import com.otopair.base.Formats;
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
  final Button add;
  @Nullable OfferingDialog dialog;

  private final ServiceMenu menu;
  private final UUID shopId;

  ServiceMenuEditor(ServiceMenu menu, UUID shopId) {
    this.menu = menu;
    this.shopId = shopId;
    addClassName("otopair-card");
    Formats formats = Formats.current();
    grid.addColumn(Offering::name).setHeader("Service").setFlexGrow(2);
    var category =
        grid.addColumn(o -> o.category().label()).setHeader("Category").setAutoWidth(true);
    grid.addColumn(o -> formats.duration(o.durationMinutes()))
        .setHeader("Duration")
        .setAutoWidth(true);
    grid.addColumn(o -> o.price().format()).setHeader("Price").setAutoWidth(true);
    var where = grid.addColumn(o -> o.mode().label()).setHeader("Where").setAutoWidth(true);
    grid.addComponentColumn(ServiceMenuEditor::status).setHeader("Status").setAutoWidth(true);
    // A phone shows each service as a card: its name and status, then what, how long and where.
    GridColumns.of(grid)
        .hideBelow(1000, category, where)
        .cardsBelow(
            640,
            o ->
                GridColumns.card(
                    o.name(),
                    List.of(
                        o.price().format() + " · " + formats.duration(o.durationMinutes()),
                        o.category().label() + " · " + o.mode().label()),
                    status(o)));
    grid.setAllRowsVisible(true);
    grid.setEmptyStateText("No services yet. Add the work you do most, with its price and time.");
    grid.addItemClickListener(e -> open(e.getItem()));
    add = new Button("Add a service", e -> open(null));
    add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add.setId("add-offering");
    add(
        new H2("Service menu"),
        new Paragraph(
            "What customers can book, with its time and price. Click a service to change it."),
        grid,
        add);
    refresh();
  }

  private static Badge status(Offering offering) {
    return offering.active()
        ? new Badge("Offered", Badge.Tone.SUCCESS)
        : new Badge("Hidden", Badge.Tone.CONTRAST);
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
    final TextField name = new TextField("Service");
    final Select<OfferingCategory> category = new Select<>();
    final IntegerField duration = new IntegerField("Duration (minutes)");
    final BigDecimalField price = new BigDecimalField();
    final Select<OfferingMode> mode = new Select<>();
    final TextArea description = new TextArea("Description");
    final Checkbox active = new Checkbox("Offered to customers");
    final Button save;

    OfferingDialog(@Nullable Offering offering, String currency) {
      setHeaderTitle(offering == null ? "Add a service" : "Change " + offering.name());
      category.setLabel("Category");
      category.setItems(OfferingCategory.values());
      category.setItemLabelGenerator(OfferingCategory::label);
      mode.setLabel("Where");
      mode.setItems(OfferingMode.values());
      mode.setItemLabelGenerator(OfferingMode::label);
      price.setLabel("Price (" + currency + ")");
      duration.setMin(5);
      duration.setMax(720);
      duration.setStep(5);
      description.setMaxLength(1000);
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
              "Save service",
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
                  Feedback.success("The service menu is saved");
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
      var cancel = new Button("Cancel", e -> close());
      getFooter().add(cancel, save);
    }
  }
}
