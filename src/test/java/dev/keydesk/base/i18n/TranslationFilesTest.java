package dev.keydesk.base.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The completeness test of issue 13: both translation files hold the same keys, each with the same
 * MessageFormat placeholders, no empty text, no key twice (a merge can leave one), and texts that
 * MessageFormat reads as their authors meant.
 */
class TranslationFilesTest {

    static final String ENGLISH = "/vaadin-i18n/translations.properties";
    static final String PORTUGUESE = "/vaadin-i18n/translations_pt_BR.properties";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");
    private static final Pattern KEY_LINE = Pattern.compile("^\\s*([^#!\\s=:][^=:\\s]*)\\s*[=:]");
    private static final Pattern KEY_NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+(-[a-z0-9]+)*)+");

    @Test
    void every_key_is_in_both_languages() throws IOException {
        Set<String> english = load(ENGLISH).keySet();
        Set<String> portuguese = load(PORTUGUESE).keySet();

        assertThat(difference(english, portuguese)).as("keys missing from the Portuguese file").isEmpty();
        assertThat(difference(portuguese, english)).as("keys missing from the English file").isEmpty();
    }

    @Test
    void both_languages_have_the_same_placeholders_for_each_key() throws IOException {
        Map<String, String> english = load(ENGLISH);
        Map<String, String> portuguese = load(PORTUGUESE);
        List<String> mismatches = new ArrayList<>();
        english.forEach((key, text) -> {
            String other = portuguese.get(key);
            if (other != null && !placeholders(text).equals(placeholders(other))) {
                mismatches.add(key + ": " + placeholders(text) + " vs " + placeholders(other));
            }
        });
        assertThat(mismatches).isEmpty();
    }

    @Test
    void no_text_is_empty() throws IOException {
        assertThat(emptyKeys(load(ENGLISH))).as("empty English texts").isEmpty();
        assertThat(emptyKeys(load(PORTUGUESE))).as("empty Portuguese texts").isEmpty();
    }

    @Test
    void no_key_appears_twice_in_a_file() throws IOException {
        assertThat(duplicates(ENGLISH)).isEmpty();
        assertThat(duplicates(PORTUGUESE)).isEmpty();
    }

    @Test
    void keys_are_lowercase_and_dotted() throws IOException {
        assertThat(load(ENGLISH).keySet()).allSatisfy(key -> assertThat(key).matches(KEY_NAME));
    }

    /** In a text with arguments a lone apostrophe starts a quote and swallows the rest: it must be doubled. */
    @Test
    void texts_with_arguments_format_without_losing_their_placeholders_or_apostrophes() throws IOException {
        for (String file : List.of(ENGLISH, PORTUGUESE)) {
            load(file).forEach((key, text) -> {
                Set<Integer> indexes = placeholders(text);
                if (!indexes.isEmpty()) {
                    int highest = indexes.stream().mapToInt(Integer::intValue).max().orElseThrow();
                    Object[] arguments = new Object[highest + 1];
                    for (int i = 0; i <= highest; i++) {
                        arguments[i] = "ARG" + i;
                    }
                    String formatted = new MessageFormat(text, Locale.ROOT).format(arguments);
                    assertThat(formatted).as(file + " " + key).doesNotContain("{")
                            .contains(indexes.stream().map(i -> "ARG" + i).toList());
                    assertThat(text.replace("''", "")).as(file + " " + key + ": write '' for an apostrophe")
                            .doesNotContain("'");
                }
            });
        }
    }

    static Map<String, String> load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = Objects.requireNonNull(TranslationFilesTest.class.getResourceAsStream(resource), resource);
                Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        Map<String, String> texts = new TreeMap<>();
        properties.forEach((key, value) -> texts.put((String) key, (String) value));
        return texts;
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(Integer.parseInt(matcher.group(1)));
        }
        return found;
    }

    private static List<String> emptyKeys(Map<String, String> texts) {
        return texts.entrySet().stream().filter(entry -> entry.getValue().isBlank()).map(Map.Entry::getKey).toList();
    }

    private static Set<String> difference(Set<String> all, Set<String> without) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(without);
        return rest;
    }

    private static List<String> duplicates(String resource) throws IOException {
        List<String> seen = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(TranslationFilesTest.class.getResourceAsStream(resource))) {
            boolean continued = false;
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                Matcher matcher = KEY_LINE.matcher(line);
                if (!continued && matcher.find()) {
                    String key = matcher.group(1);
                    (seen.contains(key) ? twice : seen).add(key);
                }
                // A line ending in an odd number of backslashes continues on the next one.
                String stripped = line.stripTrailing();
                int backslashes = stripped.length() - stripped.replaceAll("\\\\+$", "").length();
                boolean comment = !continued && (line.stripLeading().startsWith("#") || line.stripLeading().startsWith("!"));
                continued = !comment && backslashes % 2 == 1;
            }
        }
        return twice;
    }
}
