package dev.keydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * Viewports and screenshots for the looks-and-layout checks of issue 13: desktop 1280×800 and phone
 * 390×844, screenshots into {@code target/screens/} (look at them), and the phone rule that the document
 * never scrolls sideways.
 */
public final class Screens {

    public static final int DESKTOP_WIDTH = 1280;
    public static final int DESKTOP_HEIGHT = 800;
    public static final int PHONE_WIDTH = 390;
    public static final int PHONE_HEIGHT = 844;
    public static final Path DIRECTORY = Path.of("target", "screens");

    private Screens() {
    }

    public static void desktop(Page page) {
        page.setViewportSize(DESKTOP_WIDTH, DESKTOP_HEIGHT);
        settle(page);
    }

    public static void phone(Page page) {
        page.setViewportSize(PHONE_WIDTH, PHONE_HEIGHT);
        settle(page);
    }

    /** A full-page screenshot as target/screens/{name}.png; returns its path. */
    public static Path shoot(Page page, String name) {
        Path file = DIRECTORY.resolve(name.replaceAll("[^A-Za-z0-9._-]+", "-") + ".png");
        settle(page);
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    /** WCAG 1.4.10 (reflow) at the page's width: the document is no wider than the viewport. */
    @SuppressWarnings("unchecked")
    public static void assertNoHorizontalScroll(Page page, String state) {
        settle(page);
        List<Number> widths = (List<Number>) page.evaluate(
                "() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        int scrollWidth = widths.get(0).intValue();
        int clientWidth = widths.get(1).intValue();
        assertThat(scrollWidth).as("%s: the document scrolls sideways (scrollWidth %d > clientWidth %d) at %s",
                state, scrollWidth, clientWidth, page.viewportSize().width + "px").isLessThanOrEqualTo(clientWidth);
    }

    /** Two animation frames: layout and paint after a resize, a scheme change or a click. */
    public static void settle(Page page) {
        page.evaluate("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }
}
