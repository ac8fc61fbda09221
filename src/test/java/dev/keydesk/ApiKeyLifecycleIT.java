package dev.keydesk;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.keydesk.testsupport.Chromium.button;
import static dev.keydesk.testsupport.Chromium.logIn;
import static dev.keydesk.testsupport.Chromium.textbox;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.ScreenshotAnimations;
import dev.keydesk.testsupport.ApiClient;
import dev.keydesk.testsupport.Chromium;
import dev.keydesk.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A person's whole path through the dashboard in a real Chromium: log in, generate a key, copy it,
 * use it against the API, rename it, delete it, and see the API refuse it. Fails (never skips)
 * when Chromium is missing.
 */
@IntegrationTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ApiKeyLifecycleIT {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    private static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    /** Every shadow root's markup, every input's value and both storages: where a secret could hide in a page. */
    private static final String PAGE_STATE = """
            () => {
              const parts = [document.documentElement.outerHTML];
              const visit = root => root.querySelectorAll('*').forEach(el => {
                if ('value' in el && typeof el.value === 'string') parts.push(el.value);
                if (el.shadowRoot) { parts.push(el.shadowRoot.innerHTML); visit(el.shadowRoot); }
              });
              visit(document);
              for (const storage of [localStorage, sessionStorage]) {
                for (let i = 0; i < storage.length; i++) parts.push(storage.key(i), storage.getItem(storage.key(i)));
              }
              return parts.join('\\n');
            }""";

    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    private int port;

    @Test
    void a_key_generated_in_the_browser_authenticates_until_it_is_deleted() throws Exception {
        ApiClient api = new ApiClient(port);
        try (BrowserContext context = CHROMIUM.newContext(port)) {
            context.grantPermissions(List.of("clipboard-read", "clipboard-write"),
                    new BrowserContext.GrantPermissionsOptions().setOrigin("http://localhost:" + port));
            Page page = context.newPage();
            page.setDefaultTimeout(60_000);

            logIn(page, "customer", "not-the-password");
            assertThat(page.getByText("Incorrect username or password")).isVisible();
            assertThat(page).hasURL(Pattern.compile(".*/login(\\?error)?$"));

            logIn(page, "customer", "customer-password");
            assertThat(page).hasURL(Pattern.compile(".*/api-keys$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("API Keys").setExact(true)))
                    .isVisible();

            String name = "Browser " + UUID.randomUUID().toString().substring(0, 8);
            button(page, "Generate API Key").click();
            textbox(page, "Name").fill(name);
            button(page, "Create").click();
            Locator keyField = textbox(page, "API key");
            assertThat(keyField).hasValue(Pattern.compile("kd_[0-9A-Za-z]{46}"));
            String secret = keyField.inputValue();
            assertThat(page.getByText("will not be shown again")).isVisible();
            screenshot(page, "reveal-dialog.png");

            button(page, "Copy").click();
            assertThat(page.getByText("Copied to the clipboard.")).isVisible();
            assertThat((String) page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(secret);

            button(page, "Done").click();
            assertThat(keyField).hasCount(0);
            assertThat(button(page, "Rename " + name)).isVisible();
            assertThat(page.content()).doesNotContain(secret);
            assertThat((String) page.evaluate(PAGE_STATE)).doesNotContain(secret);

            HttpResponse<String> accepted = api.getWithKey("/api/v1/me", secret);
            assertThat(accepted.statusCode()).isEqualTo(200);
            JsonNode me = json.readTree(accepted.body());
            assertThat(me.at("/account/name").asString()).isEqualTo("Acme Corp");
            assertThat(me.at("/key/name").asString()).isEqualTo(name);

            String renamed = name + " renamed";
            button(page, "Rename " + name).click();
            Locator nameField = textbox(page, "Name");
            assertThat(nameField).hasValue(name);
            nameField.fill(renamed);
            button(page, "Save").click();
            assertThat(button(page, "Rename " + renamed)).isVisible();
            assertThat(page.getByText("Rename API Key")).hasCount(0);
            screenshot(page, "api-keys-grid.png");
            assertThat(json.readTree(api.getWithKey("/api/v1/me", secret).body()).at("/key/name").asString())
                    .isEqualTo(renamed);

            button(page, "Delete " + renamed).click();
            assertThat(page.getByText("Delete API key?")).isVisible();
            button(page, "Delete").click();
            assertThat(button(page, "Delete " + renamed)).hasCount(0);

            HttpResponse<String> refused = api.getWithKey("/api/v1/me", secret);
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("application/json"));
            assertThat(json.readTree(refused.body()).at("/error").asString()).isEqualTo("invalid_api_key");
        }
    }

    /** For people to look at, not asserted. */
    private static void screenshot(Page page, String file) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(file))
                .setAnimations(ScreenshotAnimations.DISABLED));
    }
}
