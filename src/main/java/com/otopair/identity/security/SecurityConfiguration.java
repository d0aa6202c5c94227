package com.otopair.identity.security;

import com.otopair.base.I18n;
import com.otopair.base.RateLimits;
import com.otopair.base.Roles;
import com.otopair.base.web.ApiPaths;
import com.otopair.base.web.Problems;
import com.otopair.base.web.PublicApi;
import com.otopair.identity.ApiTokenScope;
import com.otopair.identity.ui.LoginView;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.authorization.AuthorizationManagers;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.session.SessionRegistry;
import org.springframework.security.core.session.SessionRegistryImpl;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.session.ConcurrentSessionFilter;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.util.UrlPathHelper;

/**
 * Spring Security for Otopair: Vaadin's view access control, form login on {@link LoginView},
 * remember-me, sessions an admin can end, method security, Actuator (health open to the load
 * balancer, everything else for admins only) and the REST API (bearer tokens).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

  static final Duration REMEMBER_ME_VALIDITY = Duration.ofDays(30);

  /**
   * Webhooks from payment providers: no session, no CSRF token, no sign-in. Each endpoint verifies
   * its provider's signature itself and refuses anything unsigned.
   */
  @Bean
  @Order(0)
  SecurityFilterChain webhookSecurity(HttpSecurity http, SecurityHeaders headers) throws Exception {
    return http.securityMatcher("/api/webhooks/**")
        .headers(headers::apply)
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /** Actuator: its own chain with HTTP basic for scrapers, no session, no login page. */
  @Bean
  @Order(1)
  SecurityFilterChain actuatorSecurity(HttpSecurity http, SecurityHeaders headers)
      throws Exception {
    return http.securityMatcher("/actuator/**")
        .headers(headers::apply)
        .authorizeHttpRequests(
            requests ->
                requests
                    .requestMatchers("/actuator/health", "/actuator/health/**")
                    .permitAll()
                    .anyRequest()
                    .hasRole(Roles.ADMIN))
        .httpBasic(
            basic ->
                basic.authenticationEntryPoint(
                    (request, response, failure) -> {
                      response.setHeader("WWW-Authenticate", "Basic realm=\"Otopair\"");
                      response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                    }))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .build();
  }

  /**
   * The REST API (everything under {@code /api/} but the webhooks) and its documentation:
   * stateless, bearer tokens only, problem+json for 401 and 403 in the caller's {@code
   * Accept-Language}, and for the error page when it renders an API call's failure. Quotes and
   * slots are public like the search pages; bookings are for customers; the operations API is for
   * admins calling with an operations token (and that token works nowhere else: {@link
   * ApiTokenFilter}).
   */
  @Bean
  @Order(2)
  SecurityFilterChain apiSecurity(
      HttpSecurity http,
      ApiTokenAuthenticator tokens,
      ApiThrottle throttle,
      SecurityHeaders headers)
      throws Exception {
    http.headers(headers::apply);
    return http.securityMatchers(
            matchers ->
                matchers
                    .requestMatchers(
                        ApiPaths.ALL,
                        "/v3/api-docs",
                        "/v3/api-docs/**",
                        "/swagger-ui/**",
                        "/swagger-ui.html")
                    // The error page rendering an API call's failure: problem+json, no login.
                    .requestMatchers(ApiPaths::isApiError))
        .authorizeHttpRequests(
            requests ->
                requests
                    .dispatcherTypeMatchers(DispatcherType.ERROR)
                    .permitAll()
                    .requestMatchers(
                        "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                    .permitAll()
                    // Any method, so that a wrong one is told 405 rather than to sign in.
                    .requestMatchers(PublicApi.BASE + "/quote", PublicApi.BASE + "/shops/**")
                    .permitAll()
                    .requestMatchers(PublicApi.BASE + "/bookings", PublicApi.BASE + "/bookings/**")
                    .hasRole(Roles.CUSTOMER)
                    .requestMatchers(ApiTokenScope.OPS_PATH, ApiTokenScope.OPS_PATH + "/**")
                    .access(
                        AuthorizationManagers.allOf(
                            AuthorityAuthorizationManager.hasRole(Roles.ADMIN),
                            AuthorityAuthorizationManager.hasAuthority(
                                ApiTokenScope.OPS_AUTHORITY)))
                    .anyRequest()
                    .authenticated())
        .addFilterBefore(new ApiTokenFilter(tokens, throttle), AnonymousAuthenticationFilter.class)
        .exceptionHandling(
            errors ->
                errors
                    .authenticationEntryPoint(
                        (request, response, failure) -> {
                          response.setHeader("WWW-Authenticate", "Bearer realm=\"Otopair\"");
                          Problems.write(
                              response,
                              HttpStatus.UNAUTHORIZED,
                              I18n.t(
                                  isOps(request)
                                      ? "identity.api.ops.unauthorized"
                                      : "identity.api.unauthorized"));
                        })
                    .accessDeniedHandler(
                        (request, response, denied) ->
                            Problems.write(
                                response,
                                HttpStatus.FORBIDDEN,
                                I18n.t(
                                    isOps(request)
                                        ? "identity.api.ops.forbidden"
                                        : "identity.api.forbidden"))))
        .sessionManagement(
            session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .requestCache(cache -> cache.disable())
        .csrf(csrf -> csrf.disable())
        .build();
  }

  private static boolean isOps(HttpServletRequest request) {
    return ApiTokenScope.isOpsPath(new UrlPathHelper().getPathWithinApplication(request));
  }

  @Bean
  @Order(3)
  SecurityFilterChain appSecurity(
      HttpSecurity http,
      UserDetailsService userDetails,
      SessionRegistry sessionRegistry,
      @Value("${otopair.security.remember-me-key}") String rememberMeKey,
      SessionLimits sessionLimits,
      ActiveSessions activeSessions,
      SecurityHeaders headers,
      BrowserCookies cookies)
      throws Exception {
    http.addFilterBefore(
        new SessionLimitsFilter(sessionLimits, activeSessions), ConcurrentSessionFilter.class);
    http.headers(headers::apply).addFilterBefore(headers.writtenFirst(), HeaderWriterFilter.class);
    http.rememberMe(
        rememberMe ->
            rememberMe
                .key(rememberMeKey)
                .userDetailsService(userDetails)
                .tokenValiditySeconds((int) REMEMBER_ME_VALIDITY.toSeconds()));
    http.rememberMe(cookies::rememberMe);
    http.sessionManagement(
        session ->
            session
                .maximumSessions(-1)
                .sessionRegistry(sessionRegistry)
                .expiredUrl("/login?ended"));
    // Uploaded images are public; an invoice behind a booking's signed link checks the link itself.
    http.authorizeHttpRequests(
        requests -> requests.requestMatchers("/media/**", "/invoices/booking/**").permitAll());
    // Unknown addresses reach Vaadin (and its friendly not-found page) once signed in; views
    // are still guarded by their own access annotations.
    return http.with(
            VaadinSecurityConfigurer.vaadin(),
            vaadin ->
                vaadin
                    .loginView(LoginView.class, "/")
                    .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated))
        .build();
  }

  @Bean
  PasswordEncoder passwordEncoder() {
    return PasswordEncoderFactories.createDelegatingPasswordEncoder();
  }

  /**
   * Checks the password before the account status, so that only someone who knows the password
   * learns that an account is suspended; limits guessing ({@link ThrottledAuthenticationProvider}).
   */
  @Bean
  AuthenticationProvider authenticationProvider(
      UserDetailsService userDetails,
      PasswordEncoder passwordEncoder,
      RateLimits limits,
      SignInThrottleAlerts alerts) {
    var provider = new DaoAuthenticationProvider(userDetails);
    provider.setPasswordEncoder(passwordEncoder);
    provider.setPreAuthenticationChecks(user -> {});
    provider.setPostAuthenticationChecks(
        user -> {
          if (!user.isAccountNonLocked()) {
            // For developers and logs; LoginView tells people in their language.
            throw new LockedException("Account suspended"); // i18n: not shown to people
          }
        });
    return new ThrottledAuthenticationProvider(provider, limits, alerts);
  }

  /** The same provider as form login, for code that checks a password (and for tests). */
  @Bean
  AuthenticationManager authenticationManager(
      AuthenticationProvider provider, AuthenticationEventPublisher events) {
    var manager = new ProviderManager(provider);
    manager.setAuthenticationEventPublisher(events);
    return manager;
  }

  @Bean
  SessionRegistry sessionRegistry() {
    return new SessionRegistryImpl();
  }

  @Bean
  HttpSessionEventPublisher httpSessionEventPublisher() {
    return new HttpSessionEventPublisher();
  }
}
