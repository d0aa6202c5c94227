package com.otopair.jobs.ui;

import com.otopair.base.InvalidRequestException;
import com.otopair.base.ui.Feedback;
import com.otopair.jobs.JobIntake;
import com.otopair.jobs.JobOrigin;
import com.otopair.jobs.JobSummary;
import com.otopair.jobs.NewJob;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A walk-in or phone job the owner opens from the board: the customer (found by email or phone, or
 * created from the email), the car and what's wrong; the new job's page opens next.
 */
class NewJobDialog extends Dialog {

  final RadioButtonGroup<JobOrigin> origin =
      new RadioButtonGroup<>(getTranslation("jobs.new.origin"));
  final TextField name = new TextField(getTranslation("jobs.new.name"));
  final EmailField email = new EmailField(getTranslation("jobs.new.email"));
  final TextField phone = new TextField(getTranslation("jobs.new.phone"));
  final TextField vehicle = new TextField(getTranslation("jobs.new.vehicle"));
  final TextField title = new TextField(getTranslation("jobs.new.title"));
  final TextArea description = new TextArea(getTranslation("jobs.new.details"));

  NewJobDialog(JobIntake jobs, UUID shopId, Consumer<JobSummary> opened) {
    setHeaderTitle(getTranslation("jobs.new.heading"));
    origin.setItems(JobOrigin.WALK_IN, JobOrigin.PHONE);
    origin.setItemLabelGenerator(JobOrigin::label);
    origin.setValue(JobOrigin.WALK_IN);
    email.setHelperText(getTranslation("jobs.new.email.helper"));
    phone.setHelperText(getTranslation("jobs.new.phone.helper"));
    vehicle.setPlaceholder("2016 Honda Civic"); // i18n: a car's make and model, any language
    title.setPlaceholder(getTranslation("jobs.new.title.placeholder"));
    var form = new FormLayout(origin, name, email, phone, vehicle, title, description);
    form.setColspan(origin, 2);
    form.setColspan(description, 2);
    form.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("500px", 2));
    add(form);
    var create = new Button(getTranslation("jobs.new.open"), e -> create(jobs, shopId, opened));
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    getFooter().add(new Button(getTranslation("jobs.new.cancel"), e -> close()), create);
  }

  private void create(JobIntake jobs, UUID shopId, Consumer<JobSummary> opened) {
    try {
      JobSummary job =
          jobs.open(
              shopId,
              new NewJob(
                  origin.getValue(),
                  name.getValue(),
                  email.getValue(),
                  phone.getValue(),
                  vehicle.getValue(),
                  title.getValue(),
                  description.getValue()));
      close();
      Feedback.success(getTranslation("jobs.new.opened", job.reference()));
      opened.accept(job);
    } catch (InvalidRequestException refused) {
      Feedback.show(
          refused,
          Map.of(
              "customerName", name,
              "customerEmail", email,
              "customerPhone", phone,
              "vehicle", vehicle,
              "title", title,
              "description", description));
    }
  }
}
