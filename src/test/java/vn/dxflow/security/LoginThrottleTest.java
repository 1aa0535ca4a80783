package vn.dxflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import vn.dxflow.DxflowSpringTest;

/**
 * The lock-out attack: wrong passwords for a predictable user id sent from another machine (a socket bound to
 * 127.0.0.2) slow that machine down, while the real user keeps logging in from his own address (127.0.0.1) on
 * every way in (DXFlow's API, Camunda's REST API, the Tasklist login). The engine clock stands still during the
 * attack, so every wait is exactly the one computed, and moves to show that no wait lasts for ever.
 */
@DxflowSpringTest
@ExtendWith(OutputCaptureExtension.class)
class LoginThrottleTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;

    private LoopbackClient attacker;
    private Date now;

    @BeforeEach
    void standStill() {
        attacker = new LoopbackClient("127.0.0.2", port);
        now = new Date();
        ClockUtil.setCurrentTime(now);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void wrongPasswordsFromAnotherAddressSlowDownThatAddressOnly(CapturedOutput output) throws Exception {
        String victim = "officer02986";
        int checked = 0;
        int madeToWait = 0;
        for (int attempt = 0; attempt < 40; attempt++) {
            // Posing as the victim's address is ignored: 127.0.0.2 is no trusted proxy.
            var answer = attacker.get("/api/me", Map.of("Authorization", LoopbackClient.basic(victim, "sai" + attempt),
                    "X-Forwarded-For", "127.0.0.1"));
            if (answer.status() == 429) {
                madeToWait++;
                assertThat(answer.header("Retry-After")).isEqualTo("1");
                assertThat(JSON.readTree(answer.body()).get("message").asText())
                        .isEqualTo("Đăng nhập sai quá nhiều lần từ địa chỉ này. Vui lòng thử lại sau 1 giây.");
            } else {
                assertThat(answer.status()).isEqualTo(401);
                checked++;
            }
            assertThat(rest.withBasicAuth(victim, "demo").getForEntity("/api/me", String.class).getStatusCode())
                    .as("the real user during the attack").isEqualTo(HttpStatus.OK);
        }
        assertThat(checked).as("five free failures, the sixth starts the wait").isEqualTo(6);
        assertThat(madeToWait).isEqualTo(34);
        assertThat(output).contains("Login throttled: user 'officer02986' from 127.0.0.2 waits 1 s after 6 failed logins");

        // The other ways in stay open to the real user, and closed to the attacker's address for this user.
        assertThat(rest.withBasicAuth(victim, "demo").getForEntity("/engine-rest/task", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
        assertThat(webappLogin(victim, "demo")).isEqualTo(HttpStatus.OK);
        assertThat(attacker.get("/engine-rest/task", Map.of("Authorization", LoopbackClient.basic(victim, "x"))).status())
                .isEqualTo(429);
        assertThat(attacker.get("/api/me", Map.of("Authorization", LoopbackClient.basic(victim, "demo"))).status())
                .as("even the right password waits at the throttled address").isEqualTo(429);

        // Administrators see who waits; nobody else does.
        JsonNode blocks = JSON.readTree(rest.withBasicAuth("admin", "demo").getForObject("/api/admin/login-blocks", String.class));
        assertThat(blocks).anySatisfy(block -> {
            assertThat(block.get("address").asText()).isEqualTo("127.0.0.2");
            assertThat(block.get("userId").asText()).isEqualTo(victim);
            assertThat(block.get("failures").asInt()).isEqualTo(6);
        });
        assertThat(rest.withBasicAuth(victim, "demo").getForEntity("/api/admin/login-blocks", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);

        // Each further failure doubles the wait...
        moveClock(Duration.ofSeconds(1));
        assertThat(attacker.get("/api/me", Map.of("Authorization", LoopbackClient.basic(victim, "sai"))).status()).isEqualTo(401);
        assertThat(attacker.get("/api/me", Map.of("Authorization", LoopbackClient.basic(victim, "sai"))).header("Retry-After"))
                .isEqualTo("2");
        moveClock(Duration.ofSeconds(2));
        assertThat(attacker.get("/api/me", Map.of("Authorization", LoopbackClient.basic(victim, "sai"))).status()).isEqualTo(401);
        assertThat(attacker.get("/api/me", Map.of("Authorization", LoopbackClient.basic(victim, "sai"))).header("Retry-After"))
                .isEqualTo("4");
        // ...but nothing is locked for good: after the wait the right password works from that address too.
        moveClock(Duration.ofSeconds(4));
        assertThat(attacker.get("/api/me", Map.of("Authorization", LoopbackClient.basic(victim, "demo"))).status()).isEqualTo(200);
    }

    @Test
    void theTasklistLoginIsThrottledPerAddressAndUserToo() {
        String victim = "officer02971";
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int attempt = 0; attempt < 8; attempt++) {
            statuses.add(attacker.webappLogin(victim, "sai" + attempt, Map.of()).status());
        }
        assertThat(statuses).containsExactly(401, 401, 401, 401, 401, 401, 429, 429);
        assertThat(webappLogin(victim, "demo")).as("the real user, from his address").isEqualTo(HttpStatus.OK);
    }

    /** Guessing many users' passwords from one address (password spraying) makes the whole address wait. */
    @Test
    void sprayingManyUsersFromOneAddressMakesTheAddressWait() {
        LoopbackClient sprayer = new LoopbackClient("127.0.0.3", port);
        for (int user = 0; user < 31; user++) {
            assertThat(sprayer.get("/engine-rest/task", Map.of("Authorization",
                    LoopbackClient.basic("khongco" + user, "demo"))).status()).isEqualTo(401);
        }
        assertThat(sprayer.get("/api/me", Map.of("Authorization", LoopbackClient.basic("officer02962", "demo"))).status())
                .isEqualTo(429);
        assertThat(rest.withBasicAuth("officer02962", "demo").getForEntity("/api/me", String.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);
    }

    /** Camunda's own per-user lock (ten failures, then locked for good) is off: DXFlow throttles instead. */
    @Test
    void camundaNeverLocksAUserItself() {
        for (int attempt = 0; attempt < 12; attempt++) {
            assertThat(identity.checkPassword("officer02998", "sai")).isFalse();
        }
        assertThat(identity.checkPassword("officer02998", "demo")).isTrue();
    }

    @Test
    void waitsDoubleUpToTheCeiling() {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(5, 30, Duration.ofSeconds(1),
                Duration.ofMinutes(15), Duration.ofHours(1), 1000));
        assertThat(throttle.delay(1)).isEqualTo(Duration.ofSeconds(1));
        assertThat(throttle.delay(2)).isEqualTo(Duration.ofSeconds(2));
        assertThat(throttle.delay(10)).isEqualTo(Duration.ofSeconds(512));
        assertThat(throttle.delay(11)).isEqualTo(Duration.ofMinutes(15));
        assertThat(throttle.delay(5000)).isEqualTo(Duration.ofMinutes(15));
    }

    /** The failure is counted before the 401 can reach the client, who may otherwise retry before the count. */
    @Test
    void aRefusalIsCountedBeforeItsAnswerLeaves() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(0, 30, Duration.ofSeconds(1),
                Duration.ofMinutes(15), Duration.ofHours(1), 1000));
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", "/api/me");
        request.setRemoteAddr("127.0.0.9");
        request.addHeader("Authorization", LoopbackClient.basic("officer02986", "sai"));
        List<Boolean> waitingWhenAnswered = new java.util.ArrayList<>();
        new LoginThrottleFilter(throttle).doFilter(request, new org.springframework.mock.web.MockHttpServletResponse(),
                (req, response) -> {
                    ApiErrors.write((jakarta.servlet.http.HttpServletResponse) response, 401, "Sai mật khẩu.");
                    waitingWhenAnswered.add(throttle.waitFor("127.0.0.9", "officer02986").isPresent());
                });
        assertThat(waitingWhenAnswered).containsExactly(true);
    }

    /** A refusal before the password is checked (a cross-site request's 403) does not wipe the failures counted. */
    @Test
    void aRefusalBeforeThePasswordIsNoSuccess() throws Exception {
        LoginThrottle throttle = new LoginThrottle(new LoginThrottleProperties(1, 30, Duration.ofSeconds(1),
                Duration.ofMinutes(15), Duration.ofHours(1), 1000));
        LoginThrottleFilter filter = new LoginThrottleFilter(throttle);
        for (int status : new int[] {401, 403, 401}) {
            var request = new org.springframework.mock.web.MockHttpServletRequest("POST", "/api/evidence");
            request.setRemoteAddr("127.0.0.8");
            request.addHeader("Authorization", LoopbackClient.basic("officer02986", "sai"));
            filter.doFilter(request, new org.springframework.mock.web.MockHttpServletResponse(), (req, response) ->
                    ApiErrors.write((jakarta.servlet.http.HttpServletResponse) response, status, "Bị từ chối."));
        }
        assertThat(throttle.waitFor("127.0.0.8", "officer02986")).as("two failures, one free: the second waits").isPresent();
    }

    private void moveClock(Duration by) {
        now = new Date(now.getTime() + by.toMillis());
        ClockUtil.setCurrentTime(now);
    }

    private HttpStatus webappLogin(String user, String password) {
        return HttpStatus.valueOf(WebappSession.attempt(rest, user, password).login().getStatusCode().value());
    }
}
