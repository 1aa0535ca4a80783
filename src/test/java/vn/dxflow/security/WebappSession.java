package vn.dxflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A Tasklist login as the webapps make it: the CSRF cookie first, then the form with its token. */
final class WebappSession {

    /** The cookies and CSRF token of a logged-in session. */
    record Session(String cookies, String csrfToken) {
    }

    private WebappSession() {
    }

    static Session open(TestRestTemplate rest, String user, String password) {
        Attempt attempt = attempt(rest, user, password);
        assertThat(attempt.login().getStatusCode().value()).as("Tasklist login of " + user).isEqualTo(200);
        // Camunda renews the session id at login.
        List<String> renewed = attempt.login().getHeaders().getOrDefault(HttpHeaders.SET_COOKIE, List.of()).stream()
                .map(c -> c.split(";", 2)[0]).toList();
        List<String> all = new java.util.ArrayList<>(renewed);
        attempt.cookies().stream().filter(c -> renewed.stream().noneMatch(r -> r.split("=")[0].equals(c.split("=")[0])))
                .forEach(all::add);
        return new Session(String.join("; ", all), attempt.csrfToken());
    }

    /** A login attempt, and the cookies and token it was made with. */
    record Attempt(ResponseEntity<String> login, List<String> cookies, String csrfToken) {
    }

    static Attempt attempt(TestRestTemplate rest, String user, String password) {
        ResponseEntity<String> page = rest.getForEntity("/camunda/app/tasklist/default/", String.class);
        List<String> cookies = page.getHeaders().get(HttpHeaders.SET_COOKIE).stream().map(c -> c.split(";", 2)[0]).toList();
        String token = cookies.stream().filter(c -> c.startsWith("XSRF-TOKEN=")).findFirst().orElseThrow()
                .substring("XSRF-TOKEN=".length());
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        headers.add(HttpHeaders.COOKIE, String.join("; ", cookies));
        headers.add("X-XSRF-TOKEN", token);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", user);
        form.add("password", password);
        return new Attempt(rest.exchange("/camunda/api/admin/auth/user/default/login/tasklist", HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class), cookies, token);
    }

    static String login(TestRestTemplate rest, String user, String password) {
        return open(rest, user, password).cookies();
    }

    static HttpHeaders headers(String cookies) {
        HttpHeaders headers = new HttpHeaders();
        headers.add(HttpHeaders.COOKIE, cookies);
        return headers;
    }
}
