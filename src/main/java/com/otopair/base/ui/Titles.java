package com.otopair.base.ui;

import com.otopair.base.I18n;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.PageTitle;
import org.springframework.util.ClassUtils;

/**
 * Page titles and menu entries in the page's language: a view's {@code @PageTitle} and
 * {@code @Menu(title)} name a key of the bundles ({@code @PageTitle("booking.find.title")}), read
 * here.
 */
public final class Titles {

  private Titles() {}

  /** The text of a title key, or the title itself when it is not a key. */
  public static String translate(String title) {
    return I18n.isKey(title) ? I18n.t(title) : title;
  }

  /** The view's {@code @PageTitle}, translated ("Otopair" for a view without one). */
  public static String of(Component view) {
    PageTitle title =
        view == null ? null : ClassUtils.getUserClass(view).getAnnotation(PageTitle.class);
    return title == null ? "Otopair" : translate(title.value()); // i18n: the brand
  }
}
