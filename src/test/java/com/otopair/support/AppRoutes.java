package com.otopair.support;

import com.github.mvysny.kaributesting.v10.Routes;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import java.util.HashSet;
import java.util.Set;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.core.type.filter.AssignableTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * Every route, layout and error view of Otopair, found the way Vaadin's Spring add-on finds them
 * (views are package-private, which Karibu's own discovery skips).
 */
public final class AppRoutes {

  private AppRoutes() {}

  @SuppressWarnings("unchecked")
  public static Routes all() {
    Set<Class<? extends Component>> routes = new HashSet<>();
    Set<Class<? extends HasErrorParameter<?>>> errorRoutes = new HashSet<>();
    var scanner = new ClassPathScanningCandidateComponentProvider(false);
    scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
    scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
    scanner.addIncludeFilter(new AssignableTypeFilter(HasErrorParameter.class));
    for (var candidate : scanner.findCandidateComponents("com.otopair")) {
      Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), null);
      if (type.isAnnotationPresent(Route.class) || type.isAnnotationPresent(Layout.class)) {
        routes.add((Class<? extends Component>) type);
      }
      if (HasErrorParameter.class.isAssignableFrom(type)) {
        errorRoutes.add((Class<? extends HasErrorParameter<?>>) type);
      }
    }
    return new Routes(routes, errorRoutes, true);
  }
}
