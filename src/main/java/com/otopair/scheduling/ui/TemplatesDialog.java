package com.otopair.scheduling.ui;

import com.otopair.base.I18n;
import com.otopair.base.ui.Feedback;
import com.otopair.scheduling.ScheduleTemplate;
import com.otopair.scheduling.ShopSchedule;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The shop's saved weeks: apply or delete one, or save a mechanic's week on screen as one. */
class TemplatesDialog extends ScheduleDialog {

  static final class Draft {
    ShopSchedule.@Nullable Mechanic source;
    String name = "";
  }

  final Select<ShopSchedule.Mechanic> source = mechanicField();
  final TextField name = new TextField(I18n.t("scheduling.templates.name"));
  private final Div list = new Div();
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  TemplatesDialog(ScheduleView view) {
    super(view, "scheduling.templates.title");
    list.addClassName("otopair-template-list");
    source.setLabel(getTranslation("scheduling.templates.source"));
    name.setPlaceholder(getTranslation("scheduling.templates.name.placeholder"));
    name.setMaxLength(60);
    draft.source = source.getValue();
    binder
        .forField(source)
        .asRequired(getTranslation("scheduling.dialog.mechanic.required"))
        .bind(d -> d.source, (d, v) -> d.source = v);
    binder
        .forField(name)
        .asRequired(getTranslation("scheduling.template.name.required"))
        .bind(d -> d.name, (d, v) -> d.name = v);
    binder.setBean(draft);
    var save = new Button(getTranslation("scheduling.templates.save"), e -> save());
    save.setId("save-template");
    fill();
    add(list, form(source, name), save);
    getFooter().add(new Button(getTranslation("scheduling.templates.close"), e -> close()));
  }

  private void save() {
    submit(
        binder,
        Map.of("name", name),
        () -> {
          ScheduleTemplate saved =
              view.services()
                  .scheduleTemplates()
                  .saveTemplate(
                      view.shop().id(),
                      draft.name,
                      view.services()
                          .weeklyHours()
                          .weekOf(
                              view.shop().id(),
                              Objects.requireNonNull(draft.source).id(),
                              view.weekStart()));
          Feedback.success(getTranslation("scheduling.templates.saved", saved.name()));
          name.clear();
          name.setInvalid(false);
          fill();
        });
  }

  private void fill() {
    list.removeAll();
    List<ScheduleTemplate> saved = view.services().scheduleTemplates().templates(view.shop().id());
    if (saved.isEmpty()) {
      list.add(new Paragraph(getTranslation("scheduling.templates.none")));
    }
    for (ScheduleTemplate template : saved) {
      var apply =
          new Button(
              getTranslation("scheduling.templates.apply"),
              e -> new ApplyTemplateDialog(view, template).open());
      apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
      var delete =
          new Button(
              getTranslation("scheduling.templates.delete"),
              e -> {
                if (Feedback.run(
                    () -> view.services().scheduleTemplates().deleteTemplate(template.id()),
                    getTranslation("scheduling.templates.deleted", template.name()))) {
                  fill();
                }
              });
      delete.addThemeVariants(
          ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      var row =
          new Div(
              new Span(
                  getTranslation(
                      "scheduling.templates.row", template.name(), template.windows().size())),
              apply,
              delete);
      row.addClassName("otopair-member-row");
      list.add(row);
    }
  }
}
