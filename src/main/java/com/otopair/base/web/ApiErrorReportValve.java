package com.otopair.base.web;

import com.otopair.base.I18n;
import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Tomcat's error report for what it refuses itself, before the application sees the request (an
 * address it cannot decode, a request line too long): problem+json for API calls and for requests
 * so broken that their address is unknown, Tomcat's terse page without server details for the rest.
 * Installed as the host's error report valve by {@link TomcatSettings}.
 */
public class ApiErrorReportValve extends ErrorReportValve {

  public ApiErrorReportValve() {
    setShowReport(false);
    setShowServerInfo(false);
  }

  @Override
  protected void report(Request request, Response response, @Nullable Throwable throwable) {
    String uri = request.getRequestURI();
    if (!(uri == null || uri.isEmpty() || ApiPaths.isApi(uri))) {
      super.report(request, response, throwable);
      return;
    }
    if (response.getStatus() < 400
        || response.getContentWritten() > 0
        || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(true);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(response.getStatus());
    if (status == null) {
      status = HttpStatus.BAD_REQUEST;
    }
    try {
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      response.setCharacterEncoding("UTF-8");
      Writer writer = response.getReporter();
      if (writer != null) {
        HttpStatus answered = status;
        // Outside Spring: the caller's language is the Accept-Language Tomcat read.
        String detail = I18n.in(request.getLocale(), () -> Problems.detailFor(answered));
        writer.write(Problems.json(status, detail));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // The client is gone or the response was committed meanwhile: nothing left to tell.
    }
  }
}
