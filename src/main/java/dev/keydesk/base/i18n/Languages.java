package dev.keydesk.base.i18n;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * The languages Keydesk speaks: English (the default, and the contract's names) and Brazilian Portuguese.
 * Any Portuguese a browser asks for is served as Brazilian Portuguese; anything else as English.
 */
public final class Languages {

    public static final Locale ENGLISH = Locale.ENGLISH;
    public static final Locale BRAZILIAN_PORTUGUESE = Locale.of("pt", "BR");
    /** The default first, as Vaadin's I18NProvider expects. */
    public static final List<Locale> SUPPORTED = List.of(ENGLISH, BRAZILIAN_PORTUGUESE);

    private Languages() {
    }

    /** The supported language closest to the given one. */
    public static Locale supported(Locale requested) {
        return "pt".equals(requested.getLanguage()) ? BRAZILIAN_PORTUGUESE : ENGLISH;
    }

    /**
     * The first language of the browser's list (Accept-Language, most preferred first) that Keydesk speaks;
     * English when it speaks none of them. "fr, pt;q=0.8" gets Portuguese, not the default.
     */
    public static Locale fromBrowser(List<Locale> preferred) {
        return preferred.stream()
                .filter(locale -> "pt".equals(locale.getLanguage()) || "en".equals(locale.getLanguage()))
                .findFirst().map(Languages::supported).orElse(ENGLISH);
    }

    /** The stored form: a BCP 47 tag, "en" or "pt-BR". */
    public static String tag(Locale locale) {
        return supported(locale).toLanguageTag();
    }

    /** A stored tag back as a supported language; empty for none or one Keydesk does not speak. */
    public static Optional<Locale> fromTag(@Nullable String tag) {
        if (tag == null || tag.isBlank()) {
            return Optional.empty();
        }
        Locale locale = Locale.forLanguageTag(tag.strip());
        return SUPPORTED.stream().filter(supported -> supported.equals(locale)).findFirst();
    }

    /** The language's name in itself, as a language menu shows it: "English", "Português (Brasil)". */
    public static String nativeName(Locale locale) {
        return BRAZILIAN_PORTUGUESE.equals(supported(locale)) ? "Português (Brasil)" : "English";
    }
}
