package com.otopair.base.web;

import com.otopair.base.ConflictException;
import com.otopair.base.I18n;
import com.otopair.base.InvalidRequestException;
import com.otopair.base.NotAllowedException;
import com.otopair.base.NotFoundException;
import com.otopair.base.TooManyRequestsException;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;

/**
 * Errors of the REST API as {@code application/problem+json}: 404 for what is not there (or not
 * yours), 403 for what you may not do, 409 when the state moved on (a slot taken, a hold run out, a
 * concurrent change, a database constraint), 422 with field errors for input to correct, 400 for a
 * body that is not JSON, 429 with {@code Retry-After} for too many tries. Never a stack trace.
 */
@RestControllerAdvice(annotations = PublicApi.class)
class ApiProblems extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

  /** A field and what is wrong with it, in words meant for the person who sent it. */
  record FieldError(String field, String message) {}

  @ExceptionHandler(InvalidRequestException.class)
  ResponseEntity<ProblemDetail> refused(InvalidRequestException refused) {
    return switch (refused) {
      case NotFoundException notFound ->
          answer(Problems.of(HttpStatus.NOT_FOUND, notFound.getMessage()));
      case NotAllowedException notAllowed ->
          answer(Problems.of(HttpStatus.FORBIDDEN, notAllowed.getMessage()));
      case ConflictException conflict ->
          answer(Problems.of(HttpStatus.CONFLICT, conflict.getMessage()));
      case TooManyRequestsException tooMany ->
          ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
              .header(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()))
              .body(Problems.of(HttpStatus.TOO_MANY_REQUESTS, tooMany.getMessage()));
      default -> invalid(refused.field(), refused.getMessage());
    };
  }

  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<ProblemDetail> denied(AccessDeniedException denied) {
    return answer(Problems.of(HttpStatus.FORBIDDEN, I18n.t("base.api.forbidden")));
  }

  @ExceptionHandler(OptimisticLockingFailureException.class)
  ResponseEntity<ProblemDetail> concurrent(OptimisticLockingFailureException e) {
    return answer(Problems.of(HttpStatus.CONFLICT, I18n.t("base.api.concurrent")));
  }

  /**
   * The database refused the change: 23P01 and 23505 mean someone else got there first; a data
   * exception (class 22: a NUL, an untranslatable character, a value too long for its column) is
   * input a service should have refused, and is logged so that it gets a rule. Which rule, and the
   * database's words, stay here.
   */
  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ProblemDetail> constraint(DataIntegrityViolationException e) {
    String state = sqlState(e);
    if ("23P01".equals(state) || "23505".equals(state)) {
      return answer(Problems.of(HttpStatus.CONFLICT, I18n.t("base.api.taken")));
    }
    if (state != null && state.startsWith("22")) {
      log.warn("A value reached the database that no rule refused (SQLSTATE {})", state, e);
      return answer(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, I18n.t("base.api.unstorable")));
    }
    return answer(Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, I18n.t("base.api.rule")));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> badParameter(MethodArgumentTypeMismatchException e) {
    return invalid(e.getName(), I18n.t("base.api.not-valid", e.getName(), e.getValue()));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e) {
    log.error("API call failed", e);
    return answer(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, I18n.t("base.api.unexpected")));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (e.getCause() instanceof JacksonException json && !json.getPath().isEmpty()) {
      String field =
          json.getPath().stream()
              .map(
                  ref ->
                      ref.getPropertyName() != null
                          ? ref.getPropertyName()
                          : String.valueOf(ref.getIndex()))
              .collect(Collectors.joining("."));
      return generic(invalid(field, I18n.t("base.api.not-valid-value", field)));
    }
    return generic(answer(Problems.of(HttpStatus.BAD_REQUEST, I18n.t("base.api.not-json"))));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMissingServletRequestParameter(
      MissingServletRequestParameterException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return generic(invalid(e.getParameterName(), I18n.t("base.api.missing", e.getParameterName())));
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldError> errors =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    new FieldError(
                        f.getField(),
                        Objects.requireNonNullElseGet(
                            f.getDefaultMessage(), () -> I18n.t("base.api.invalid"))))
            .toList();
    ProblemDetail problem =
        Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, I18n.t("base.api.fields"));
    problem.setProperty("errors", errors);
    return generic(answer(problem));
  }

  private static ResponseEntity<ProblemDetail> invalid(@Nullable String field, String message) {
    ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, message);
    if (field != null) {
      problem.setProperty("errors", List.of(new FieldError(field, message)));
    }
    return answer(problem);
  }

  static ResponseEntity<ProblemDetail> answer(ProblemDetail problem) {
    return ResponseEntity.status(problem.getStatus()).body(problem);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ResponseEntity<Object> generic(ResponseEntity<ProblemDetail> entity) {
    return (ResponseEntity) entity;
  }

  private static @Nullable String sqlState(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }
}
