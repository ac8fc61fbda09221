package dev.keydesk.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.dom.Element;

/**
 * Every text a component tree shows or announces: text nodes, and the labels, helper texts, placeholders,
 * titles, tooltips and accessible names that Vaadin keeps as properties or attributes. For language tests:
 * {@link #missingTranslations} finds Vaadin's marker of a missing key, {@link #englishWords} finds words
 * that a Portuguese page should not show.
 */
public final class ShownTexts {

    private static final Set<String> NAMES = Set.of("label", "aria-label", "ariaLabel", "title", "placeholder",
            "helperText", "helper-text", "headerTitle", "header-title", "errorMessage", "error-message", "header",
            "confirmText", "cancelText", "message", "text", "accessibleName", "emptySelectionCaption");
    private static final Pattern ENGLISH = Pattern.compile("\\b(generate|cancel|save|delete|rename|active|expired|"
            + "deactivated|never|created|used|cost|expires|expiration|permissions|copy|done|will|your|key|keys|name|"
            + "usage|download|daily|service|quantity|unit|read|write|none|roll|the|and|with|for|shown|again|"
            + "allowed|addresses|custom|days|only|restricted|actions)\\b", Pattern.CASE_INSENSITIVE);

    private ShownTexts() {
    }

    public static List<String> of(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root.getElement(), texts);
        return texts;
    }

    private static void collect(Element element, List<String> texts) {
        add(texts, element.getText());
        for (String name : element.getPropertyNames().toList()) {
            if (NAMES.contains(name)) {
                add(texts, element.getProperty(name, ""));
            }
        }
        for (String name : element.getAttributeNames().toList()) {
            if (NAMES.contains(name)) {
                add(texts, element.getAttribute(name));
            }
        }
        element.getChildren().forEach(child -> collect(child, texts));
    }

    private static void add(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }

    /** Texts with Vaadin's marker of a key that no translation file has. */
    public static List<String> missingTranslations(List<String> texts) {
        return texts.stream().filter(text -> text.contains("!{") || text.contains("}!")).toList();
    }

    /** The English words found in the texts, with the text each was in. */
    public static List<String> englishWords(List<String> texts) {
        List<String> found = new ArrayList<>();
        for (String text : texts) {
            Matcher matcher = ENGLISH.matcher(text);
            while (matcher.find()) {
                found.add(matcher.group().toLowerCase(Locale.ROOT) + " in \u201c" + text + "\u201d");
            }
        }
        return found;
    }
}
