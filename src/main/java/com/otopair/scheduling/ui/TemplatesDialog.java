package com.otopair.scheduling.ui;

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
  final TextField name = new TextField("Template name");
  private final Div list = new Div();
  private final Binder<Draft> binder = new Binder<>();
  private final Draft draft = new Draft();

  TemplatesDialog(ScheduleView view) {
    super(view, "Templates");
    list.addClassName("otopair-template-list");
    source.setLabel("Save the week on screen of");
    name.setPlaceholder("Winter hours");
    name.setMaxLength(60);
    draft.source = source.getValue();
    binder
        .forField(source)
        .asRequired("Choose a mechanic")
        .bind(d -> d.source, (d, v) -> d.source = v);
    binder.forField(name).asRequired("Name the template").bind(d -> d.name, (d, v) -> d.name = v);
    binder.setBean(draft);
    var save = new Button("Save as template", e -> save());
    save.setId("save-template");
    fill();
    add(list, form(source, name), save);
    getFooter().add(new Button("Close", e -> close()));
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
          Feedback.success("Saved " + saved.name());
          name.clear();
          name.setInvalid(false);
          fill();
        });
  }

  private void fill() {
    list.removeAll();
    List<ScheduleTemplate> saved = view.services().scheduleTemplates().templates(view.shop().id());
    if (saved.isEmpty()) {
      list.add(new Paragraph("No templates yet. Save a mechanic's week below to reuse it."));
    }
    for (ScheduleTemplate template : saved) {
      var apply = new Button("Apply…", e -> new ApplyTemplateDialog(view, template).open());
      apply.addThemeVariants(ButtonVariant.LUMO_SMALL);
      var delete =
          new Button(
              "Delete",
              e -> {
                if (Feedback.run(
                    () -> view.services().scheduleTemplates().deleteTemplate(template.id()),
                    "Deleted " + template.name())) {
                  fill();
                }
              });
      delete.addThemeVariants(
          ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
      var row =
          new Div(
              new Span(template.name() + " · " + template.windows().size() + " windows"),
              apply,
              delete);
      row.addClassName("otopair-member-row");
      list.add(row);
    }
  }
}
