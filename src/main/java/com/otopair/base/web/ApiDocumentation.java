package com.otopair.base.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  private static final String PROBLEM = "Problem"; // i18n: a schema name

  @Bean
  OpenAPI otopairApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Otopair API") // i18n: for developers, in English
                .version("v1")
                .description(
                    // For developers, in English like the API's names.
                    """
                    Find a shop, quote, hold and book a slot, reschedule or cancel. Calls that \
                    book need a customer's API token (create one on your Otopair profile \
                    page) as `Authorization: Bearer otp_...`. Errors are \
                    application/problem+json: 401 without a valid token, 403 for an \
                    account that may not do it, 404 for what isn't there or isn't yours, \
                    409 when the state moved on (slot taken, hold ran out), 422 with \
                    field errors."""))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An Otopair API token, otp_...")) // i18n: for developers
                .addSchemas(PROBLEM, problemSchema()));
  }

  /**
   * Every error answer as what it is, {@code application/problem+json}; and the 401 and 403 of
   * every call that needs a token, which the security chain answers before any controller.
   */
  @Bean
  OpenApiCustomizer problemResponses() {
    return api ->
        api.getPaths()
            .values()
            .forEach(
                path -> {
                  path.readOperations().forEach(ApiDocumentation::problems);
                  if (path.getPost() != null) {
                    idempotencyKey(path.getPost());
                  }
                });
  }

  /** Every POST takes an {@code Idempotency-Key}: {@link IdempotencyFilter}. */
  private static void idempotencyKey(Operation operation) {
    operation.addParametersItem(
        new HeaderParameter()
            .name(IdempotencyFilter.HEADER)
            .required(false)
            .schema(new StringSchema().maxLength(IdempotencyFilter.MAX_KEY_LENGTH))
            .description(
                // i18n: for developers, in English like the API's names
                """
                A unique value per request, such as a UUID: a repeat with the same key and body \
                within 24 hours answers the first answer again (Idempotent-Replayed: true) and \
                changes nothing; the same key with another body is 422; a repeat while the first \
                still runs is 409."""));
  }

  private static void problems(Operation operation) {
    ApiResponses responses = operation.getResponses();
    if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
      responses.putIfAbsent(
          "401",
          new ApiResponse()
              .description("No API token, or one unknown or revoked")); // i18n: for developers
      responses.putIfAbsent(
          "403",
          new ApiResponse()
              .description(
                  "The token's account may not do this (not a customer)")); // i18n: developers
    }
    responses.forEach(
        (code, response) -> {
          if (code.startsWith("4") || code.startsWith("5")) {
            response.setContent(
                new Content()
                    .addMediaType(
                        org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
                        new MediaType()
                            .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))));
          }
        });
  }

  private static Schema<?> problemSchema() {
    return new ObjectSchema()
        .description("RFC 9457 problem details") // i18n: for developers
        .addProperty("type", new StringSchema().format("uri"))
        .addProperty("title", new StringSchema())
        .addProperty("status", new IntegerSchema())
        .addProperty(
            "detail",
            new StringSchema()
                .description("What is wrong, in words for people")) // i18n: for developers
        .addProperty("instance", new StringSchema().format("uri"))
        .addProperty(
            "errors",
            new ArraySchema()
                .description("For 422: each field and what is wrong with it") // i18n: developers
                .items(
                    new ObjectSchema()
                        .addProperty("field", new StringSchema())
                        .addProperty("message", new StringSchema())));
  }
}
