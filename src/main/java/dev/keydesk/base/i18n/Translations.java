package dev.keydesk.base.i18n;

import java.text.MessageFormat;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Keydesk's I18NProvider (Vaadin uses a Spring bean of this type instead of its DefaultI18NProvider):
 * {@code vaadin-i18n/translations.properties} is English, {@code translations_pt_BR.properties} Brazilian
 * Portuguese. Unlike the default provider it names its two languages itself (English first, the default)
 * and never falls back to the JVM's locale, so a server running in pt_BR still answers English to English
 * readers. Code outside the UI (mails) calls {@link #translate} with the recipient's language.
 *
 * <p>A key missing from both files shows as {@code !{key}!}, which the tests look for; a key missing only
 * from the Portuguese file falls back to English at run time (the completeness test keeps that from
 * shipping).
 */
@Component
public class Translations implements I18NProvider {

    static final String BUNDLE = "vaadin-i18n.translations";
    private static final ResourceBundle.Control NO_JVM_LOCALE_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Logger log = LoggerFactory.getLogger(Translations.class);

    @Override
    public List<Locale> getProvidedLocales() {
        return Languages.SUPPORTED;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale language = Languages.supported(locale);
        String text;
        try {
            text = bundle(language).getString(key);
        } catch (MissingResourceException missing) {
            log.warn("No translation for key {}", key);
            return missingMarker(key);
        }
        // Like Vaadin's default provider: MessageFormat only with arguments, so plain texts keep their quotes.
        return params.length == 0 ? text : new MessageFormat(text, language).format(params);
    }

    /** The text of {@code key} in the given language, for mails and other code without a UI. */
    public String translate(Locale locale, String key, Object... params) {
        return getTranslation(key, locale, params);
    }

    /** A validity such as "30 minutes" or "24 hours" ("30 minutos", "24 horas"), for mails. */
    public String duration(Locale locale, Duration duration) {
        long minutes = duration.toMinutes();
        return minutes % 60 == 0 ? count(locale, "mail.duration.one-hour", "mail.duration.hours", minutes / 60)
                : count(locale, "mail.duration.one-minute", "mail.duration.minutes", minutes);
    }

    /** "1 day" or "3 days": the key for one, or the key for many with the count as its argument. */
    public String count(Locale locale, String oneKey, String manyKey, long count) {
        return count == 1 ? translate(locale, oneKey) : translate(locale, manyKey, count);
    }

    /** What a missing key looks like on a page: {@code !{key}!}. */
    public static String missingMarker(String key) {
        return "!{" + key + "}!";
    }

    static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, Translations.class.getClassLoader(), NO_JVM_LOCALE_FALLBACK);
    }
}
