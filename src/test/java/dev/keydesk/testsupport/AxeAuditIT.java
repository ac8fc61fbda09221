package dev.keydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The audit itself can fail: axe finds what it should, and a clean page passes, in both schemes. */
class AxeAuditIT {

    @RegisterExtension
    static final Chromium CHROMIUM = new Chromium();

    @Test
    void an_image_without_text_alternative_fails_the_audit() {
        Page page = CHROMIUM.newBlankPage();
        page.setContent("<!doctype html><html lang='en'><head><title>Test</title></head><body><main>"
                + "<h1>Test</h1><img src='data:image/gif;base64,R0lGODlhAQABAAAAACw='></main></body></html>");

        assertThat(AxeAudit.run(page)).extracting(AxeAudit.Finding::rule).contains("image-alt");
        assertThatThrownBy(() -> AxeAudit.assertClean(page, "an image without alt"))
                .hasMessageContaining("image-alt").hasMessageContaining("an image without alt");
    }

    @Test
    void grey_on_grey_text_fails_only_where_its_scheme_makes_it_faint() {
        Page page = CHROMIUM.newBlankPage();
        page.setContent("<!doctype html><html lang='en'><head><title>Test</title><style>"
                + "@media (prefers-color-scheme: dark) { p { color: #444; background: #333; } }"
                + "</style></head><body><main><h1>Test</h1><p>Faint only in the dark</p></main></body></html>");

        AxeAudit.assertClean(page, "light");
        assertThatThrownBy(() -> AxeAudit.assertCleanInBothSchemes(page, "faint in the dark"))
                .hasMessageContaining("color-contrast").hasMessageContaining("dark");
    }

    @Test
    void a_page_with_landmarks_title_and_language_passes() {
        Page page = CHROMIUM.newBlankPage();
        page.setContent("<!doctype html><html lang='en'><head><title>Test</title></head><body>"
                + "<main><h1>Test</h1><p>Plain text.</p></main></body></html>");

        AxeAudit.assertCleanInBothSchemes(page, "a plain page");
    }

    @Test
    void a_page_wider_than_the_phone_fails_the_reflow_check() {
        Page page = CHROMIUM.newBlankPage();
        Screens.phone(page);
        page.setContent("<!doctype html><html lang='en'><body><div style='width:600px'>wide</div></body></html>");

        assertThatThrownBy(() -> Screens.assertNoHorizontalScroll(page, "a wide page"))
                .hasMessageContaining("scrolls sideways");
    }
}
