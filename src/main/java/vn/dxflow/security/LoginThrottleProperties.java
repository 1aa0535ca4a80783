package vn.dxflow.security;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code dxflow.security.login.*}: how failed logins slow down their source (see {@link LoginThrottle}).
 *
 * @param freeFailuresPerUser    failures of one user from one address before each further one makes it wait
 * @param freeFailuresPerAddress failures from one address, whatever the users, before it waits (an office behind
 *                               one NAT address shares it, hence the larger number)
 * @param baseDelay              the first wait; each further failure doubles it
 * @param maxDelay               the longest wait: nothing is ever locked for good
 * @param forgetAfter            a key without failures for this long starts afresh
 * @param maxTrackedKeys         memory bound under a flood of addresses
 */
@ConfigurationProperties("dxflow.security.login")
record LoginThrottleProperties(
        @DefaultValue("5") int freeFailuresPerUser,
        @DefaultValue("30") int freeFailuresPerAddress,
        @DefaultValue("1s") Duration baseDelay,
        @DefaultValue("15m") Duration maxDelay,
        @DefaultValue("1h") Duration forgetAfter,
        @DefaultValue("100000") int maxTrackedKeys) {
}
