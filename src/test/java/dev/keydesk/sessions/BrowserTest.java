package dev.keydesk.sessions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrowserTest {

    @Test
    void common_user_agents_name_their_browser_and_system() {
        assertThat(Browser.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0")).contains(new Browser("Edge", "Windows"));
        assertThat(Browser.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like "
                + "Gecko) Version/18.1 Safari/605.1.15")).contains(new Browser("Safari", "macOS"));
        assertThat(Browser.of("Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
                + "like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1")).contains(new Browser("Chrome", "iPhone"));
        assertThat(Browser.of("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
                + "Chrome/131.0.0.0 Mobile Safari/537.36")).contains(new Browser("Chrome", "Android"));
        assertThat(Browser.of("Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0"))
                .contains(new Browser("Firefox", "Linux"));
    }

    @Test
    void an_unknown_or_missing_user_agent_names_nothing() {
        assertThat(Browser.of(null)).isEmpty();
        assertThat(Browser.of("   ")).isEmpty();
        assertThat(Browser.of("<script>alert(1)</script>")).isEmpty();
    }
}
