package vn.dxflow.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Failed logins counted per source address and per (address, user): past a number of free failures each further
 * failure makes that key wait twice as long as the last, up to a ceiling, and a quiet period forgets it. Nothing is
 * ever locked for good and nothing is counted per user alone, so wrong passwords sent from one address never
 * keep the real user out from another (Camunda's own per-user lock is switched off in application.yml). Time is the
 * engine's clock, which tests move.
 */
@Component
class LoginThrottle {

    private static final Logger log = LoggerFactory.getLogger(LoginThrottle.class);

    /** A key currently made to wait, for administrators. {@code userId} is null for a whole address. */
    record Block(String address, String userId, int failures, Instant until) {
    }

    private static final class Counter {
        int failures;
        Instant lastFailure;
        Instant blockedUntil = Instant.EPOCH;
    }

    private final LoginThrottleProperties settings;
    private final Map<Key, Counter> counters = new ConcurrentHashMap<>();

    private record Key(String address, String userId) {
    }

    LoginThrottle(LoginThrottleProperties settings) {
        this.settings = settings;
    }

    /** How long this address, or this user from this address, must still wait before trying again. */
    Optional<Duration> waitFor(String address, String userId) {
        Instant now = now();
        return java.util.stream.Stream.of(new Key(address, null), userKey(address, userId))
                .map(counters::get).filter(java.util.Objects::nonNull)
                .map(counter -> Duration.between(now, counter.blockedUntil))
                .filter(wait -> !wait.isNegative() && !wait.isZero()).max(Comparator.naturalOrder());
    }

    void failed(String address, String userId) {
        forgetQuietKeys();
        count(new Key(address, null), settings.freeFailuresPerAddress());
        count(userKey(address, userId), settings.freeFailuresPerUser());
    }

    /**
     * The user got in from this address: that pair starts afresh. The address keeps its count, or one valid account
     * would let its owner reset the address between guesses at other accounts.
     */
    void succeeded(String address, String userId) {
        counters.remove(userKey(address, userId));
    }

    List<Block> blocks() {
        Instant now = now();
        return counters.entrySet().stream().filter(entry -> entry.getValue().blockedUntil.isAfter(now))
                .map(entry -> new Block(entry.getKey().address(), entry.getKey().userId(), entry.getValue().failures,
                        entry.getValue().blockedUntil))
                .sorted(Comparator.comparing(Block::until).reversed()).toList();
    }

    private void count(Key key, int freeFailures) {
        Counter counter = counters.computeIfAbsent(key, k -> new Counter());
        synchronized (counter) {
            Instant now = now();
            if (counter.lastFailure != null && counter.lastFailure.isBefore(now.minus(settings.forgetAfter()))) {
                counter.failures = 0;
            }
            counter.failures++;
            counter.lastFailure = now;
            int over = counter.failures - freeFailures;
            if (over > 0) {
                Duration delay = delay(over);
                counter.blockedUntil = now.plus(delay);
                log.warn("Login throttled: {} waits {} s after {} failed logins (until {})", describe(key),
                        delay.toSeconds(), counter.failures, counter.blockedUntil);
            }
        }
    }

    /** base × 2^(n-1) for the n-th failure past the free ones, never above the ceiling. */
    Duration delay(int over) {
        double millis = settings.baseDelay().toMillis() * Math.pow(2, Math.min(over - 1, 62));
        return Duration.ofMillis((long) Math.min(millis, settings.maxDelay().toMillis()));
    }

    /** Keys without a failure for a while are forgotten; memory stays bounded under a flood of addresses. */
    private void forgetQuietKeys() {
        Instant now = now();
        Instant quietSince = now.minus(settings.forgetAfter());
        if (counters.size() > settings.maxTrackedKeys() / 2) {
            counters.entrySet().removeIf(entry -> entry.getValue().lastFailure.isBefore(quietSince)
                    && !entry.getValue().blockedUntil.isAfter(now));
        }
        if (counters.size() > settings.maxTrackedKeys()) {
            // Under a flood of new addresses, the per-pair counters go first: address counters keep the limit.
            counters.entrySet().removeIf(entry -> entry.getKey().userId() != null
                    && !entry.getValue().blockedUntil.isAfter(now));
            log.warn("Login throttle tracks {} keys (limit {}): per-user counters were dropped", counters.size(),
                    settings.maxTrackedKeys());
        }
    }

    private static Key userKey(String address, String userId) {
        return new Key(address, userId == null ? "" : userId.toLowerCase(Locale.ROOT));
    }

    private static String describe(Key key) {
        return key.userId() == null ? "address " + key.address()
                : "user '" + key.userId().replaceAll("\\p{Cntrl}", "?") + "' from " + key.address();
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
