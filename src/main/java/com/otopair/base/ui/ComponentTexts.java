package com.otopair.base.ui;

import com.otopair.base.Formats;
import com.otopair.base.I18n;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import java.util.List;
import java.util.Locale;

/**
 * Vaadin's own words in the page's language: a date picker's months, weekdays and buttons, an
 * upload's buttons and errors. Every date picker and upload of Otopair goes through here.
 */
public final class ComponentTexts {

  private ComponentTexts() {}

  /** The date picker reads and writes dates the reader's way, its overlay in their language. */
  public static DatePicker localize(DatePicker picker) {
    Locale locale = I18n.current();
    picker.setLocale(locale.equals(I18n.FRENCH) ? I18n.FRENCH : Locale.CANADA);
    picker.setI18n(
        new DatePickerI18n()
            .setMonthNames(Formats.of(locale).months())
            .setWeekdays(Formats.of(locale).weekdays(true))
            .setWeekdaysShort(Formats.of(locale).weekdays(false))
            .setFirstDayOfWeek(locale.equals(I18n.FRENCH) ? 1 : 0)
            .setToday(I18n.t(locale, "base.date-picker.today"))
            .setCancel(I18n.t(locale, "base.date-picker.cancel"))
            .setBadInputErrorMessage(I18n.t(locale, "base.date-picker.bad-input"))
            .setRequiredErrorMessage(I18n.t(locale, "base.date-picker.required")));
    return picker;
  }

  /** The upload's buttons, drop hint, progress and errors in the reader's language. */
  public static Upload localize(Upload upload) {
    Locale locale = I18n.current();
    var i18n = new UploadI18N();
    i18n.setDropFiles(
        new UploadI18N.DropFiles()
            .setOne(I18n.t(locale, "base.upload.drop-one"))
            .setMany(I18n.t(locale, "base.upload.drop-many")));
    i18n.setAddFiles(
        new UploadI18N.AddFiles()
            .setOne(I18n.t(locale, "base.upload.add-one"))
            .setMany(I18n.t(locale, "base.upload.add-many")));
    i18n.setFile(
        new UploadI18N.File()
            .setRetry(I18n.t(locale, "base.upload.retry"))
            .setStart(I18n.t(locale, "base.upload.start"))
            .setRemove(I18n.t(locale, "base.upload.remove")));
    i18n.setError(
        new UploadI18N.Error()
            .setTooManyFiles(I18n.t(locale, "base.upload.too-many"))
            .setFileIsTooBig(I18n.t(locale, "base.upload.too-big"))
            .setIncorrectFileType(I18n.t(locale, "base.upload.wrong-type")));
    i18n.setUploading(
        new UploadI18N.Uploading()
            .setStatus(
                new UploadI18N.Uploading.Status()
                    .setConnecting(I18n.t(locale, "base.upload.connecting"))
                    .setStalled(I18n.t(locale, "base.upload.stalled"))
                    .setProcessing(I18n.t(locale, "base.upload.processing"))
                    .setHeld(I18n.t(locale, "base.upload.held")))
            .setRemainingTime(
                new UploadI18N.Uploading.RemainingTime()
                    .setPrefix(I18n.t(locale, "base.upload.remaining"))
                    .setUnknown(I18n.t(locale, "base.upload.remaining-unknown")))
            .setError(
                new UploadI18N.Uploading.Error()
                    .setServerUnavailable(I18n.t(locale, "base.upload.server-unavailable"))
                    .setUnexpectedServerError(I18n.t(locale, "base.upload.server-error"))
                    .setForbidden(I18n.t(locale, "base.upload.forbidden"))
                    .setFileTooLarge(I18n.t(locale, "base.upload.too-big"))));
    i18n.setUnits(List.of(I18n.t(locale, "base.upload.units").split(",")));
    upload.setI18n(i18n);
    return upload;
  }
}
