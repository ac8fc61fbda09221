package dev.keydesk.testsupport;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.keydesk.testsupport.RawHttp.Response;
import org.jspecify.annotations.Nullable;

/**
 * A browser's dashboard session over plain HTTP: the login page's session cookie, its CSRF token and
 * Vaadin's security key, a form login, a UIDL round trip.
 */
public final class DashboardSession {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final Pattern VAADIN_KEY = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"");
    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\":([0-9]+)");
    private static final Pattern COOKIE = Pattern.compile("JSESSIONID=([^;]+)");

    private final RawHttp http;
    private String cookie;
    private final String csrfToken;
    private final String vaadinKey;
    private final String uiId;
    private final Response loginPage;

    /** Opens the login page in a new session. */
    public DashboardSession(RawHttp http) {
        this.http = http;
        this.loginPage = http.send("GET /login HTTP/1.1");
        this.cookie = sessionId(loginPage);
        this.csrfToken = find(CSRF, loginPage.body());
        // Vaadin 25 sends the UI's first state, Vaadin's CSRF key included, in answer to a second request.
        Response init = get("/?v-r=init&location=login&query=");
        this.vaadinKey = find(VAADIN_KEY, init.body());
        this.uiId = find(UI_ID, init.body());
    }

    public Response loginPage() {
        return loginPage;
    }

    public String cookie() {
        return cookie;
    }

    public String csrfToken() {
        return csrfToken;
    }

    /** POST /login with this session's cookie and the given CSRF token (null: none); adopts a new session id. */
    public Response logIn(String username, String password, @Nullable String token) {
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + (token == null ? "" : "&_csrf=" + encode(token));
        Response response = http.send("POST /login HTTP/1.1", List.of("Cookie: JSESSIONID=" + cookie,
                "Content-Type: application/x-www-form-urlencoded"), form.getBytes(StandardCharsets.UTF_8));
        response.header("Set-Cookie").map(COOKIE::matcher).filter(Matcher::find).ifPresent(m -> cookie = m.group(1));
        return response;
    }

    public Response logIn(String username, String password) {
        return logIn(username, password, csrfToken);
    }

    public Response get(String path, String... headers) {
        List<String> all = new java.util.ArrayList<>(List.of(headers));
        all.add("Cookie: JSESSIONID=" + cookie);
        return http.send("GET " + path + " HTTP/1.1", all, new byte[0]);
    }

    /** An empty UIDL round trip of the login page's UI, as Vaadin's client sends one. */
    public Response uidl() {
        String body = "{\"csrfToken\":\"" + vaadinKey + "\",\"rpc\":[],\"syncId\":0,\"clientId\":0}";
        return http.send("POST /?v-r=uidl&v-uiId=" + uiId + " HTTP/1.1", List.of("Cookie: JSESSIONID=" + cookie,
                "Content-Type: application/json; charset=UTF-8"), body.getBytes(StandardCharsets.UTF_8));
    }

    public static String sessionId(Response response) {
        Matcher matcher = COOKIE.matcher(response.header("Set-Cookie").orElse(""));
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String find(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        if (!matcher.find()) {
            throw new IllegalStateException("Not on the page: " + pattern);
        }
        return matcher.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
