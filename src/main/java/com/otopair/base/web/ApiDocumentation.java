package com.otopair.base.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description at {@code /v3/api-docs}, shown by Swagger UI at {@code /swagger-ui}. */
@Configuration(proxyBeanMethods = false)
class ApiDocumentation {

  @Bean
  OpenAPI otopairApi() {
    return new OpenAPI()
        .info(
            new Info()
                .title("Otopair API")
                .version("v1")
                .description(
                    "Find a shop, quote, hold and book a slot, reschedule or cancel. Calls that"
                        + " book need a customer's API token (create one on your Otopair profile"
                        + " page) as `Authorization: Bearer otp_...`. Errors are"
                        + " application/problem+json: 401 without a valid token, 403 for an"
                        + " account that may not do it, 404 for what isn't there or isn't yours,"
                        + " 409 when the state moved on (slot taken, hold ran out), 422 with"
                        + " field errors."))
        .components(
            new Components()
                .addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP)
                        .scheme("bearer")
                        .description("An Otopair API token, otp_...")));
  }
}
