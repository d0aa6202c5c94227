package com.otopair.base.web;

import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Tomcat's own error answers: {@link ApiErrorReportValve} replaces the error report valve Spring
 * Boot installs, so that what Tomcat refuses before the application (an encoded slash, a bare
 * {@code %}, a 100 KB address) is problem+json under {@code /api/} too.
 */
@Component
class TomcatSettings implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

  @Override
  public void customize(TomcatServletWebServerFactory factory) {
    factory.addContextCustomizers(
        context -> {
          var host = (StandardHost) context.getParent();
          for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve) {
              host.getPipeline().removeValve(valve);
            }
          }
          // The host adds the valve of this class when it starts.
          host.setErrorReportValveClass(ApiErrorReportValve.class.getName());
        });
  }

  /** After Spring Boot's customizer, which adds its own error report valve. */
  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
