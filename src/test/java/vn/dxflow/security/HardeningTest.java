package vn.dxflow.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.ResponseEntity;
import vn.dxflow.DxflowSpringTest;

/**
 * What every page and answer carries (no framing, no sniffing, a content policy, Secure cookies behind TLS), and the
 * installation that must not start: demo users off while the administrator keeps the published password.
 */
@DxflowSpringTest
class HardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate rest;
    @Autowired
    IdentityService identity;

    @Test
    void everyPageRefusesFramingAndSniffing() {
        for (String path : List.of("/admin/", "/api/me", "/actuator/health", "/camunda/app/tasklist/default/",
                "/engine-rest/task")) {
            ResponseEntity<String> page = rest.getForEntity(path, String.class);
            assertThat(page.getHeaders().getFirst("X-Frame-Options")).as(path).isEqualTo("DENY");
            assertThat(page.getHeaders().getFirst("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
            assertThat(page.getHeaders().getFirst("Content-Security-Policy")).as(path).contains("frame-ancestors 'none'");
        }
        String session = WebappSession.login(rest, "admin", "demo");
        ResponseEntity<String> admin = rest.exchange("/admin/", HttpMethod.GET, new HttpEntity<>(WebappSession.headers(session)),
                String.class);
        assertThat(admin.getStatusCode().value()).isEqualTo(200);
        assertThat(admin.getHeaders().getFirst("Content-Security-Policy")).isEqualTo(SecurityHeaders.CONTENT_SECURITY_POLICY);
    }

    /** The proxy ends TLS and says so (X-Forwarded-Proto from a trusted address): every cookie becomes Secure. */
    @Test
    void cookiesAreSecureBehindTls() {
        LoopbackClient browser = new LoopbackClient("127.0.0.1", port);
        var overTls = browser.get("/camunda/app/tasklist/default/", Map.of("X-Forwarded-Proto", "https"));
        assertThat(overTls.all("Set-Cookie")).isNotEmpty().allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));

        var plain = browser.get("/camunda/app/tasklist/default/", Map.of());
        assertThat(plain.all("Set-Cookie")).isNotEmpty().noneSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("secure"));

        // The session cookie of a login over TLS, too.
        var login = browser.webappLogin("officer02947", "demo", Map.of("X-Forwarded-Proto", "https"));
        assertThat(login.status()).isEqualTo(200);
        assertThat(login.all("Set-Cookie")).anySatisfy(cookie -> assertThat(cookie).startsWith("JSESSIONID="))
                .allSatisfy(cookie -> assertThat(cookie).containsIgnoringCase("; Secure"));
    }

    @Test
    void productionDoesNotStartWithTheDefaultAdministratorPassword() {
        assertThatThrownBy(() -> new DefaultAdminPassword(identity, false, "admin").run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Refusing to start: administrator 'admin' has the default password and DXFLOW_DEMO_USERS is false");
        // The demo keeps its published passwords.
        new DefaultAdminPassword(identity, true, "admin").run(null);
        // Another member of camunda-admin with the default password stops the start too, whoever is configured.
        identity.saveUser(newUser("quantri2", "mat-khau-rieng"));
        identity.saveUser(newUser("quantri3", "demo"));
        identity.createMembership("quantri3", "camunda-admin");
        try {
            identity.deleteMembership("admin", "camunda-admin");
            assertThatThrownBy(() -> new DefaultAdminPassword(identity, false, "quantri2").run(null))
                    .hasMessageStartingWith("Refusing to start: administrator 'quantri3'");
            identity.deleteUser("quantri3");
            new DefaultAdminPassword(identity, false, "quantri2").run(null);
        } finally {
            identity.createMembership("admin", "camunda-admin");
            identity.deleteUser("quantri2");
            identity.deleteUser("quantri3");
        }
    }

    private org.camunda.bpm.engine.identity.User newUser(String id, String password) {
        var user = identity.newUser(id);
        user.setPassword(password);
        return user;
    }
}
