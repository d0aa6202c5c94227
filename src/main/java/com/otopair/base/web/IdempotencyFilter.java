package com.otopair.base.web;

import com.otopair.base.CurrentUser;
import com.otopair.base.I18n;
import com.otopair.base.SignedInUser;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * {@code Idempotency-Key} for every {@code POST} of the API (the booking API and the operations
 * API; not the webhooks, which keep their providers' event ids). The first call with a key runs and
 * its answer is kept for {@link IdempotencyKeys#KEPT_FOR}; a repeat with the same key, method, path
 * and body gets that answer again, status and body, with {@code Idempotent-Replayed: true}, and
 * changes nothing. The same key for another request is 422; a repeat while the first still runs is
 * 409; a first call that failed on our side (5xx) frees its key. Keys belong to the caller (the
 * token's user): two callers never see each other's. A call nobody signed for (a quote) has nothing
 * to replay and runs as usual. Without the header, nothing changes.
 *
 * <p>A servlet filter after Spring Security's, so that it sees who calls and answers only calls the
 * security chain let through.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {

  static final String HEADER = "Idempotency-Key"; // i18n: a header name
  static final String REPLAYED = "Idempotent-Replayed"; // i18n: a header name
  static final int MAX_KEY_LENGTH = 255;

  /** The largest body a call with a key may send: far above any API call's. */
  static final int MAX_BODY = 1 << 20;

  private final IdempotencyKeys keys;

  IdempotencyFilter(IdempotencyKeys keys) {
    this.keys = keys;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI().substring(request.getContextPath().length());
    return !"POST".equals(request.getMethod())
        || !ApiPaths.isApi(uri)
        || uri.startsWith("/api/webhooks/")
        || request.getHeader(HEADER) == null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    List<String> sent = Collections.list(request.getHeaders(HEADER));
    String key = sent.getFirst();
    String refusal =
        sent.size() > 1
            ? "base.api.idempotency.one-key"
            : key.isBlank()
                ? "base.api.idempotency.empty"
                : key.length() > MAX_KEY_LENGTH
                    ? "base.api.idempotency.too-long"
                    : key.chars().anyMatch(c -> c < 0x20 || c == 0x7f)
                        ? "base.api.idempotency.characters"
                        : null;
    if (refusal != null) {
      Problems.write(response, HttpStatus.BAD_REQUEST, I18n.t(refusal, MAX_KEY_LENGTH));
      return;
    }
    Optional<SignedInUser> caller = CurrentUser.get();
    if (caller.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    byte[] body = request.getInputStream().readNBytes(MAX_BODY + 1);
    if (body.length > MAX_BODY) {
      Problems.write(response, HttpStatus.CONTENT_TOO_LARGE, I18n.t("base.api.too-large"));
      return;
    }
    UUID userId = caller.get().id();
    switch (keys.claim(userId, key, hash(request, body))) {
      case IdempotencyKeys.Claim.Claimed claimed ->
          run(request, response, chain, body, userId, key);
      case IdempotencyKeys.Claim.Answered answered -> replay(response, answered);
      case IdempotencyKeys.Claim.Running running -> {
        response.setHeader(HttpHeaders.RETRY_AFTER, "1");
        Problems.write(response, HttpStatus.CONFLICT, I18n.t("base.api.idempotency.running"));
      }
      case IdempotencyKeys.Claim.OtherRequest other ->
          Problems.write(
              response,
              HttpStatus.UNPROCESSABLE_CONTENT,
              I18n.t("base.api.idempotency.other-request"));
    }
  }

  /** Runs the call that claimed the key, and keeps its answer (or frees the key after a 5xx). */
  private void run(
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain,
      byte[] body,
      UUID userId,
      String key)
      throws ServletException, IOException {
    var answer = new ContentCachingResponseWrapper(response);
    try {
      chain.doFilter(new CachedBodyRequest(request, body), answer);
    } catch (IOException | ServletException | RuntimeException e) {
      keys.release(userId, key);
      throw e;
    }
    int status = answer.getStatus();
    // Failed on our side, or "not now" (too many requests, too slow): a retry should run.
    if (status >= 500
        || status == HttpStatus.TOO_MANY_REQUESTS.value()
        || status == HttpStatus.REQUEST_TIMEOUT.value()) {
      keys.release(userId, key);
    } else {
      keys.answer(
          userId,
          key,
          status,
          answer.getContentType(),
          answer.getHeader(HttpHeaders.LOCATION),
          answer.getContentAsByteArray());
    }
    answer.copyBodyToResponse();
  }

  private static void replay(HttpServletResponse response, IdempotencyKeys.Claim.Answered answered)
      throws IOException {
    response.setStatus(answered.status());
    response.setHeader(REPLAYED, "true");
    if (answered.contentType() != null) {
      response.setContentType(answered.contentType());
    }
    if (answered.location() != null) {
      response.setHeader(HttpHeaders.LOCATION, answered.location());
    }
    response.setContentLength(answered.body().length);
    response.getOutputStream().write(answered.body());
  }

  /** What makes two requests the same: method, address as sent (with its query) and body. */
  static String hash(HttpServletRequest request, byte[] body) {
    try {
      var digest = MessageDigest.getInstance("SHA-256");
      String query = request.getQueryString();
      String target = request.getRequestURI() + (query == null ? "" : "?" + query);
      digest.update((request.getMethod() + "\n" + target + "\n").getBytes(StandardCharsets.UTF_8));
      digest.update(body);
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The request with its body read already, for the controller to read again. */
  private static final class CachedBodyRequest extends HttpServletRequestWrapper {

    private final byte[] body;

    CachedBodyRequest(HttpServletRequest request, byte[] body) {
      super(request);
      this.body = body;
    }

    @Override
    public ServletInputStream getInputStream() {
      var in = new ByteArrayInputStream(body);
      return new ServletInputStream() {
        @Override
        public int read() {
          return in.read();
        }

        @Override
        public int read(byte[] b, int off, int len) {
          return in.read(b, off, len);
        }

        @Override
        public boolean isFinished() {
          return in.available() == 0;
        }

        @Override
        public boolean isReady() {
          return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
          throw new UnsupportedOperationException();
        }
      };
    }

    @Override
    public BufferedReader getReader() {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
      return new BufferedReader(new InputStreamReader(getInputStream(), charset));
    }

    @Override
    public int getContentLength() {
      return body.length;
    }

    @Override
    public long getContentLengthLong() {
      return body.length;
    }
  }
}
