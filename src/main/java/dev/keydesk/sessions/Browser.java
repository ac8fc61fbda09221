package dev.keydesk.sessions;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The browser and system a user agent names, in words a person recognises ("Firefox", "Windows"). Only
 * the few families people use are told apart; anything else is unknown. Order matters: Edge and Opera
 * also say "Chrome", Chrome also says "Safari", Android also says "Linux".
 */
public record Browser(String name, String system) {

    private static final List<Family> BROWSERS = List.of(
            new Family("Edge", "Edg(e|A|iOS)?/"), new Family("Opera", "OPR/|Opera"),
            new Family("Samsung Internet", "SamsungBrowser/"), new Family("Firefox", "Firefox/|FxiOS/"),
            new Family("Chrome", "Chrome/|CriOS/|Chromium/"), new Family("Safari", "Safari/"),
            new Family("curl", "^curl/"));
    private static final List<Family> SYSTEMS = List.of(
            new Family("iPhone", "iPhone"), new Family("iPad", "iPad"), new Family("Android", "Android"),
            new Family("Windows", "Windows"), new Family("macOS", "Mac OS X|Macintosh"),
            new Family("ChromeOS", "CrOS"), new Family("Linux", "Linux|X11"));

    /** The browser of a user agent, if it is one of the families told apart. */
    public static Optional<Browser> of(@Nullable String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return Optional.empty();
        }
        Optional<String> name = first(BROWSERS, userAgent);
        return name.map(browser -> new Browser(browser, first(SYSTEMS, userAgent).orElse("")));
    }

    private static Optional<String> first(List<Family> families, String userAgent) {
        return families.stream().filter(family -> family.pattern().matcher(userAgent).find())
                .map(Family::name).findFirst();
    }

    private record Family(String name, Pattern pattern) {
        Family(String name, String regex) {
            this(name, Pattern.compile(regex));
        }
    }
}
