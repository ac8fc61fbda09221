package dev.keydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.ColorScheme;

/**
 * The axe-core audit of issue 13: axe-core (vendored in src/test/resources/axe-core, MPL 2.0) injected into
 * the page as it is now, with all of axe's default rules (WCAG 2.0–2.2 A/AA and best practices).
 * {@link #assertClean} fails on every critical or serious violation, and on every moderate or minor one that
 * is not in {@link #ALLOWED} — findings inside Vaadin's own components that Keydesk cannot change, each with
 * its reason. {@link #assertCleanInBothSchemes} runs it in the light and in the dark colour scheme (the app
 * follows {@code prefers-color-scheme}, which Playwright emulates).
 *
 * <p>Use from a Playwright test ({@link Chromium}): bring the page into the state to audit (a dialog open,
 * a menu open), wait until it is there, then {@code AxeAudit.assertCleanInBothSchemes(page, "api keys, generate dialog")}.
 * The state's name appears in the failure message together with each rule, its help text and the nodes.
 */
public final class AxeAudit {

    public static final String VERSION = "4.14.1";

    /**
     * Moderate or minor findings that come from inside Vaadin components (their shadow DOM or the markup they
     * generate), not from Keydesk's own markup. A finding is allowed when its rule matches and one of its
     * node targets contains {@code target}. Critical and serious findings are never allowed.
     */
    public static final List<Allowed> ALLOWED = List.of(
            new Allowed("region", "vaadin-connection-indicator", "Vaadin appends its connection indicator to <body> "
                    + "itself, outside any element of the application; it is empty until the server connection is "
                    + "lost, and then announces that through its own live region."),
            new Allowed("aria-allowed-role", "vaadin-confirm-dialog", "ConfirmDialog's shadow DOM gives its "
                    + "<footer> the role toolbar, which ARIA does not allow on a footer; Keydesk only fills its slots."),
            new Allowed("landmark-no-duplicate-banner", "vaadin-confirm-dialog", "ConfirmDialog's shadow DOM wraps "
                    + "its header slot in a <header>, a second banner next to the page's top bar while it is open."),
            new Allowed("landmark-unique", "vaadin-confirm-dialog", "The same <header> of ConfirmDialog: two "
                    + "banners without names while it is open."),
            new Allowed("landmark-no-duplicate-banner", "[\"vaadin-dialog\"", "Dialog's shadow DOM puts its "
                    + "title and header in a <header>, a second banner next to the page's top bar while it is open."),
            new Allowed("landmark-unique", "[\"vaadin-dialog\"", "The same <header> of Dialog: two banners "
                    + "without names while it is open."));

    private static final String SCRIPT = load();

    private AxeAudit() {
    }

    /**
     * A documented exception: which rule, which Vaadin-internal node (a finding's node or one of its related
     * nodes, e.g. the second banner of a duplicate-landmark finding), and why it cannot be fixed here.
     */
    public record Allowed(String rule, String target, String reason) {

        boolean covers(Finding finding) {
            return finding.rule().equals(rule) && (finding.targets().stream().anyMatch(t -> t.contains(target))
                    || finding.related().stream().anyMatch(t -> t.contains(target)));
        }
    }

    /**
     * One axe violation: rule, impact, help, per node its CSS target path and failure summary, and the target
     * paths of the checks' related nodes (for a duplicate landmark: the other ones).
     */
    public record Finding(String rule, String impact, String help, List<String> targets, List<String> summaries,
            List<String> related) {

        boolean blocking() {
            return impact.equals("critical") || impact.equals("serious");
        }

        @Override
        public String toString() {
            StringBuilder text = new StringBuilder("[" + impact + "] " + rule + ": " + help);
            for (int i = 0; i < Math.min(targets.size(), 8); i++) {
                text.append("\n      ").append(targets.get(i)).append(" — ").append(summaries.get(i).replace('\n', ' '));
            }
            if (targets.size() > 8) {
                text.append("\n      … and ").append(targets.size() - 8).append(" more");
            }
            if (!related.isEmpty()) {
                text.append("\n      related: ").append(String.join(", ", related));
            }
            return text.toString();
        }
    }

    /** Every violation axe finds on the page now (allowed ones included). */
    @SuppressWarnings("unchecked")
    public static List<Finding> run(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe !== 'undefined'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(SCRIPT));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) page.evaluate("""
                async () => {
                  const results = await axe.run(document, { resultTypes: ['violations'] });
                  return results.violations.map(v => ({
                    rule: v.id, impact: v.impact || 'minor', help: v.help,
                    targets: v.nodes.map(n => JSON.stringify(n.target)),
                    summaries: v.nodes.map(n => n.failureSummary || ''),
                    related: v.nodes.flatMap(n => [...n.any, ...n.all, ...n.none])
                        .flatMap(check => check.relatedNodes || []).map(r => JSON.stringify(r.target))
                  }));
                }""");
        List<Finding> findings = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            findings.add(new Finding((String) v.get("rule"), (String) v.get("impact"), (String) v.get("help"),
                    (List<String>) v.get("targets"), (List<String>) v.get("summaries"),
                    (List<String>) v.get("related")));
        }
        return findings;
    }

    /** The findings that fail the audit: all critical and serious ones, and moderate or minor ones not allowed. */
    public static List<Finding> failures(List<Finding> findings) {
        return findings.stream()
                .filter(finding -> finding.blocking() || ALLOWED.stream().noneMatch(allowed -> allowed.covers(finding)))
                .toList();
    }

    /** Audits the page in its current colour scheme. */
    public static void assertClean(Page page, String state) {
        List<Finding> failures = failures(run(page));
        assertThat(failures).as(() -> "axe-core " + VERSION + " on " + state + " (" + page.url() + "):\n  "
                + String.join("\n  ", failures.stream().map(Finding::toString).toList())).isEmpty();
    }

    /** Audits the page in the light and in the dark colour scheme, and leaves it light. */
    public static void assertCleanInBothSchemes(Page page, String state) {
        try {
            for (ColorScheme scheme : List.of(ColorScheme.LIGHT, ColorScheme.DARK)) {
                inScheme(page, scheme);
                assertClean(page, state + ", " + scheme.name().toLowerCase());
            }
        } finally {
            inScheme(page, ColorScheme.LIGHT);
        }
    }

    /**
     * Emulates the operating system's colour scheme and waits until the page has settled in it: painted, and
     * every CSS transition the switch started (Lumo fades the colours of labels and fields) finished, so that
     * axe measures the final colours, not ones halfway between the schemes. document.getAnimations() includes
     * transitions inside Vaadin's shadow roots; only transitions are awaited, never endless animations.
     */
    public static void inScheme(Page page, ColorScheme scheme) {
        page.emulateMedia(new Page.EmulateMediaOptions().setColorScheme(scheme));
        page.evaluate("""
                async () => {
                  await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)));
                  const running = () => document.getAnimations().filter(a => a instanceof CSSTransition
                      && a.playState !== 'finished' && a.playState !== 'idle');
                  for (let round = 0; round < 10 && running().length > 0; round++) {
                    await Promise.all(running().map(a => a.finished.catch(() => undefined)));
                    await new Promise(done => requestAnimationFrame(done));
                  }
                }""");
    }

    private static String load() {
        try (InputStream in = Objects.requireNonNull(AxeAudit.class.getResourceAsStream("/axe-core/axe.min.js"),
                "axe-core/axe.min.js is missing from the test resources")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
