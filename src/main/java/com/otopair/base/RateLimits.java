package com.otopair.base;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.optimization.DelayParameters;
import io.github.bucket4j.distributed.proxy.optimization.NopeOptimizationListener;
import io.github.bucket4j.distributed.proxy.optimization.delay.DelayOptimization;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The one way to limit how often something may happen: token buckets in PostgreSQL (Bucket4j), so
 * every node counts against the same limit. A bucket is one row of {@code rate_limit_buckets},
 * named {@code <limit>:<SHA-256 of the subject>} (no email or address in clear), that each call
 * locks for two or three short statements on a connection of its own.
 *
 * <p>Rules: call it outside any transaction (it would hold a second pool connection while the first
 * waits: it refuses, as {@link TransactionLocks} refuses the other way round); it never waits for
 * tokens, it answers at once; if the buckets cannot be reached it lets the action through (fail
 * open) and counts the error. Refusals are counted per limit as {@value #REFUSALS}.
 *
 * <p>The API's per-token limits are taken on every call, so their buckets are kept on each node too
 * (Bucket4j's delaying optimization): a node takes up to a twentieth of the capacity from its own
 * copy and writes what it took with the next check that goes to PostgreSQL, at the latest {@link
 * #SYNC_AT_LEAST_EVERY} after the last. One node refuses exactly at the limit (its copy knows what
 * it took); across nodes a token can make at most that twentieth more calls per node before every
 * node refuses it. A limit under 20 goes to PostgreSQL on every call. The sign-in and sign-up
 * limits are always exact.
 */
@Component
public class RateLimits {

  /** Micrometer counter of refusals, tagged {@code limit}. */
  public static final String REFUSALS = "otopair.rate.limit.refusals";

  /** Micrometer counter of calls let through because the buckets could not be reached. */
  public static final String ERRORS = "otopair.rate.limit.errors";

  private static final Logger log = LoggerFactory.getLogger(RateLimits.class);
  private static final int CLEANUP_BATCH = 1000;
  private static final Pattern IP_LITERAL = Pattern.compile("[0-9A-Fa-f:.%a-zA-Z]+");

  /** The API's limits, counted on each node between writes to PostgreSQL. */
  private static final Set<Limit> PER_CALL =
      EnumSet.of(Limit.API_READ_TOKEN, Limit.API_WRITE_TOKEN);

  /** How long a node counts a per-call limit on its own at most. */
  static final Duration SYNC_AT_LEAST_EVERY = Duration.ofSeconds(5);

  /** Buckets of per-call limits kept on this node, the least recently used dropped first. */
  private static final int KEPT = 10_000;

  /** Every limit: its name in the properties and in the buckets' ids. */
  public enum Limit {
    /** Failed sign-ins of one account from one address: refuses. */
    SIGN_IN_ACCOUNT_ADDRESS("sign-in.account-address", p -> p.signIn().accountAddress()),
    /** Failed sign-ins from one address, any account: refuses. */
    SIGN_IN_ADDRESS("sign-in.address", p -> p.signIn().address()),
    /** Failed sign-ins of one account from anywhere: never refuses, alerts the owner. */
    SIGN_IN_ACCOUNT("sign-in.account", p -> p.signIn().account()),
    /** Alert mails about failed sign-ins, per account. */
    SIGN_IN_ALERT("sign-in.alert", p -> p.signIn().alert()),
    SIGN_UP_ADDRESS("sign-up.address", p -> p.signUp().address()),
    SIGN_UP_EMAIL_ADDRESS("sign-up.email-address", p -> p.signUp().emailAddress()),
    PASSWORD_RESET_EMAIL_ADDRESS(
        "password-reset.email-address", p -> p.passwordReset().emailAddress()),
    PASSWORD_RESET_ADDRESS("password-reset.address", p -> p.passwordReset().address()),
    /** Reset mails to one address: past it, nothing is sent, silently. */
    PASSWORD_RESET_EMAIL("password-reset.email", p -> p.passwordReset().email()),
    VERIFICATION_RESEND_USER("verification-resend.user", p -> p.verificationResend().user()),
    INVITATION_OWNER("invitation.owner", p -> p.invitation().owner()),
    INVITATION_RESEND("invitation.resend", p -> p.invitation().resend()),
    API_READ_TOKEN("api.read.token", p -> p.api().read().token()),
    API_WRITE_TOKEN("api.write.token", p -> p.api().write().token()),
    /** Refused bearer tokens from one address. */
    API_BAD_TOKEN_ADDRESS("api.bad-token.address", p -> p.api().badToken().address());

    private final String key;
    private final Function<RateLimitsProperties, RateLimitsProperties.@Nullable Rate> rate;

    Limit(String key, Function<RateLimitsProperties, RateLimitsProperties.@Nullable Rate> rate) {
      this.key = key;
      this.rate = rate;
    }

    /** The name: {@code otopair.rate-limits.<key>.capacity}, the buckets' id prefix, the tag. */
    public String key() {
      return key;
    }
  }

  /** A refused try: when it is allowed again, and how long that is from now. */
  public record Refusal(Limit limit, Instant retryAt, Duration retryAfter) {

    /** Whole seconds to wait, at least 1: the {@code Retry-After} header. */
    public long retryAfterSeconds() {
      return seconds(retryAfter);
    }

    /** The refusal as an exception for a form or the API, tied to {@code field}. */
    public TooManyRequestsException exception(@Nullable String field) {
      return new TooManyRequestsException(field, retryAt, retryAfter);
    }
  }

  private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
  private final Map<Limit, RateLimitsProperties.Rate> rates = new EnumMap<>(Limit.class);
  private final Map<Limit, BucketConfiguration> configurations = new EnumMap<>(Limit.class);
  private final Map<Limit, Counter> refusals = new EnumMap<>(Limit.class);
  private final Map<Limit, DelayParameters> delays = new EnumMap<>(Limit.class);
  private final Map<String, BucketProxy> kept =
      Collections.synchronizedMap(
          new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, BucketProxy> eldest) {
              // What the dropped copy took and did not write yet (under a twentieth) is forgotten.
              return size() > KEPT;
            }
          });
  private final Counter errors;
  private final Clock clock;
  private final TimeMeter time;

  RateLimits(
      DataSource dataSource, RateLimitsProperties properties, Clock clock, MeterRegistry meters) {
    this.clock = clock;
    this.time = new SpringClockTime(clock);
    for (Limit limit : Limit.values()) {
      RateLimitsProperties.Rate rate = nullSafe(() -> limit.rate.apply(properties));
      if (rate == null) {
        throw new IllegalStateException(
            "Set otopair.rate-limits." + limit.key + ".capacity and .period");
      }
      rates.put(limit, rate);
      configurations.put(
          limit,
          BucketConfiguration.builder()
              .addLimit(
                  l -> l.capacity(rate.capacity()).refillGreedy(rate.capacity(), rate.period()))
              .build());
      if (PER_CALL.contains(limit) && rate.capacity() >= 20) {
        delays.put(limit, new DelayParameters(rate.capacity() / 20, SYNC_AT_LEAST_EVERY));
      }
      refusals.put(
          limit,
          Counter.builder(REFUSALS)
              .description("Tries refused by a rate limit")
              .tag("limit", limit.key)
              .register(meters));
    }
    this.errors =
        Counter.builder(ERRORS)
            .description("Rate limit checks let through because the buckets could not be read")
            .register(meters);
    this.buckets =
        Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
            .primaryKeyMapper(PrimaryKeyMapper.STRING)
            .table("rate_limit_buckets")
            .idColumn("id")
            .stateColumn("state")
            .expiresAtColumn("expires_at")
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    Duration.ofMinutes(5)))
            .clientClock(time)
            .requestTimeout(Duration.ofSeconds(2))
            .build();
  }

  private static RateLimitsProperties.@Nullable Rate nullSafe(
      java.util.function.Supplier<RateLimitsProperties.@Nullable Rate> rate) {
    try {
      return rate.get();
    } catch (NullPointerException missingGroup) {
      return null;
    }
  }

  /** How much {@code limit} allows, as configured. */
  public RateLimitsProperties.Rate rate(Limit limit) {
    return rates.get(limit);
  }

  /**
   * Takes one try of {@code limit} for {@code subject} (the parts that name who or what is limited:
   * an email, an address, a token id). Empty when allowed; the refusal when the bucket is empty. A
   * subject part that is {@code null} (no address outside a request) is written as such.
   */
  public Optional<Refusal> take(Limit limit, @Nullable Object... subject) {
    requireNoTransaction(limit);
    try {
      ConsumptionProbe probe = bucket(limit, subject).tryConsumeAndReturnRemaining(1);
      return probe.isConsumed()
          ? Optional.empty()
          : Optional.of(refused(limit, probe.getNanosToWaitForRefill()));
    } catch (RuntimeException unreachable) {
      return failOpen(limit, unreachable);
    }
  }

  /** As {@link #take}, throwing the refusal tied to the form field {@code field}. */
  public void check(Limit limit, @Nullable String field, @Nullable Object... subject) {
    Optional<Refusal> refusal = take(limit, subject);
    if (refusal.isPresent()) {
      throw refusal.get().exception(field);
    }
  }

  /**
   * Whether {@code limit} is empty for {@code subject} now, without taking a try: for limits that
   * count failures, checked before the attempt and taken only when it fails.
   */
  public Optional<Refusal> emptyUntil(Limit limit, @Nullable Object... subject) {
    requireNoTransaction(limit);
    try {
      EstimationProbe probe = bucket(limit, subject).estimateAbilityToConsume(1);
      return probe.canBeConsumed()
          ? Optional.empty()
          : Optional.of(refused(limit, probe.getNanosToWaitForRefill()));
    } catch (RuntimeException unreachable) {
      return failOpen(limit, unreachable);
    }
  }

  /** Fills the bucket again: after a successful sign-in, earlier failures no longer count. */
  public void reset(Limit limit, @Nullable Object... subject) {
    requireNoTransaction(limit);
    try {
      bucket(limit, subject).reset();
    } catch (RuntimeException unreachable) {
      failOpen(limit, unreachable);
    }
  }

  /**
   * Gives back a try taken by {@link #take} for an attempt that turned out not to count (a right
   * password); a full bucket stays full.
   */
  public void giveBack(Limit limit, @Nullable Object... subject) {
    requireNoTransaction(limit);
    try {
      bucket(limit, subject).addTokens(1);
    } catch (RuntimeException unreachable) {
      failOpen(limit, unreachable);
    }
  }

  /**
   * The part of a client address that names one client: an IPv4 address as it is, an IPv6 address
   * cut to its /64 (one client holds a whole /64 and could otherwise rotate through it).
   */
  public static @Nullable String network(@Nullable String address) {
    if (address == null || address.indexOf(':') < 0 || !IP_LITERAL.matcher(address).matches()) {
      return address;
    }
    try {
      // A literal: no name lookup happens.
      byte[] bytes = InetAddress.getByName(address).getAddress();
      if (bytes.length != 16) {
        return InetAddress.getByAddress(bytes).getHostAddress();
      }
      for (int i = 8; i < 16; i++) {
        bytes[i] = 0;
      }
      return InetAddress.getByAddress(bytes).getHostAddress() + "/64";
    } catch (UnknownHostException notAnAddress) {
      return address;
    }
  }

  /** Removes the buckets that are full again; every 10 minutes, on one node. */
  @Scheduled(fixedDelayString = "PT10M", initialDelayString = "PT10M")
  @SchedulerLock(name = "rate-limit-buckets-cleanup")
  public void removeExpired() {
    int removed;
    do {
      removed = buckets.removeExpired(CLEANUP_BATCH);
    } while (removed >= CLEANUP_BATCH);
  }

  static long seconds(Duration wait) {
    return Math.max(1, (wait.toNanos() + 999_999_999L) / 1_000_000_000L);
  }

  private BucketProxy bucket(Limit limit, @Nullable Object... subject) {
    var parts = new StringBuilder();
    for (Object part : subject) {
      parts.append(Objects.toString(part, "")).append('\n');
    }
    String id = limit.key + ":" + SecretTokens.hash(parts.toString());
    BucketConfiguration configuration = configurations.get(limit);
    DelayParameters delay = delays.get(limit);
    if (delay == null) {
      return buckets.builder().build(id, () -> configuration);
    }
    return kept.computeIfAbsent(
        id,
        key ->
            buckets
                .builder()
                // On the application's clock, as the buckets in PostgreSQL (tests move it).
                .withOptimization(
                    new DelayOptimization(delay, NopeOptimizationListener.INSTANCE, time))
                .build(key, () -> configuration));
  }

  private Refusal refused(Limit limit, long nanosToWait) {
    refusals.get(limit).increment();
    Duration wait = Duration.ofNanos(Math.max(0, nanosToWait));
    return new Refusal(limit, clock.instant().plus(wait), wait);
  }

  private Optional<Refusal> failOpen(Limit limit, RuntimeException unreachable) {
    errors.increment();
    log.warn("Rate limit {} not checked, the call goes through", limit.key, unreachable);
    return Optional.empty();
  }

  private static void requireNoTransaction(Limit limit) {
    if (TransactionSynchronizationManager.isActualTransactionActive()) {
      // The bucket takes a second pool connection while this transaction holds one: in a flood
      // every connection would wait for another.
      throw new IllegalStateException(
          "Check rate limit " + limit.key + " before the transaction starts, not inside it");
    }
  }

  /** Bucket4j's time from the application's clock, so that tests can move it. */
  private record SpringClockTime(Clock clock) implements TimeMeter {

    @Override
    public long currentTimeNanos() {
      Instant now = clock.instant();
      return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    @Override
    public boolean isWallClockBased() {
      return true;
    }
  }
}
