package dev.keydesk.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.VirtualChildrenList;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The browserless scan of issue 13 for texts that did not go through the translations: render a view with
 * the UI's locale set to pt-BR ({@code UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE)} before
 * {@code navigate}), then {@code UntranslatedText.assertNoneOnPage("Acme Corp", keyName)}. It walks the
 * component tree from the UI (views, dialogs and notifications, virtual children included) and reads text
 * nodes, the labelling properties and attributes (label, placeholder, helper text, error message, title,
 * aria-label, dialog and column headers, JSON such as i18n objects) and grid column headers. It fails on a
 * missing-translation marker ({@code !{key}!}, or Vaadin's own {@code !pt: key}) and on common English UI
 * words. Data that is English by nature (account, key and user names from the fixtures) is passed as
 * {@code ignored} and cut out before the check. Texts the tree does not hold (grid cells drawn by
 * renderers) can be checked with {@link #assertNone(Collection, String...)}.
 */
public final class UntranslatedText {

    /**
     * English words that Portuguese UI text never contains (so "status", "menu", "e-mail", "login", "total",
     * "no", "for" and "a" are left out: they are Portuguese too, or Brazilian products use them as they are).
     */
    static final Set<String> ENGLISH_WORDS = Set.copyOf(List.of("the", "and", "your", "you", "with", "this", "that", "will",
            "not", "are", "is", "of", "to", "be", "was", "has", "have", "can", "cannot", "please", "try", "again",
            "key", "keys", "generate", "create", "created", "cancel", "delete", "deleted", "rename", "renamed", "save",
            "close", "search", "name", "last", "used", "active", "expired", "expires", "never", "done", "copy",
            "copied", "account", "accounts", "customer", "customers", "support", "staff", "sign", "signed", "out",
            "password", "username", "settings", "open", "edit", "roll", "rolled", "usage", "activity", "download",
            "reason", "when", "who", "what", "details", "page", "found", "error", "shown", "again", "limit",
            "deactivated", "permissions", "allowed", "addresses", "expiration", "days", "day", "hours", "hour",
            "minutes", "ago", "read", "write", "only", "none", "all", "new", "enter", "choose", "select", "skip",
            "content", "language", "dark", "light", "appearance", "security", "access", "denied", "something",
            "went", "wrong", "go", "start", "here", "there", "no-one", "nothing", "everything", "back", "next",
            "previous", "today", "yesterday", "from", "until", "cost", "date", "show", "hide", "more",
            "less", "required", "optional", "invalid", "must", "should", "at", "least", "most", "characters",
            "locked", "lock", "unlock", "lift", "members", "member", "owner", "organization", "confirm", "sent",
            "mail", "address", "addresses", "verify", "code", "recovery", "disable", "enable", "sessions",
            "session", "current", "other", "others"));

    private static final Pattern MISSING = Pattern.compile("!\\{[^}]*}!|![a-z]{2}: [\\w.-]+");
    private static final Pattern WORDS = Pattern.compile("[^\\p{L}'-]+");
    private static final List<String> TEXT_PROPERTIES = List.of("label", "placeholder", "helperText", "errorMessage",
            "title", "ariaLabel", "accessibleName", "header", "headerTitle", "text", "confirmText", "cancelText",
            "rejectText", "message", "i18n");
    private static final List<String> TEXT_ATTRIBUTES = List.of("label", "placeholder", "title", "aria-label",
            "helper-text", "error-message", "alt", "header-title");

    private UntranslatedText() {
    }

    /** Scans everything attached to the current UI. */
    public static void assertNoneOnPage(String... ignored) {
        assertNone(UI.getCurrent(), ignored);
    }

    public static void assertNone(Component root, String... ignored) {
        assertNone(texts(root), ignored);
    }

    public static void assertNone(Collection<String> texts, String... ignored) {
        List<String> problems = problems(texts, Arrays.asList(ignored));
        assertThat(problems).as("untranslated text under " + localeOf()).isEmpty();
    }

    /** Every user-visible text the component tree holds. */
    public static List<String> texts(Component root) {
        List<String> texts = new ArrayList<>();
        collect(root.getElement(), texts);
        root.getElement().getComponent().ifPresent(component -> collectGrids(component, texts));
        return texts;
    }

    /** The texts that carry a marker or English words, each with what gives it away. */
    public static List<String> problems(Collection<String> texts, Collection<String> ignored) {
        List<String> problems = new ArrayList<>();
        for (String text : texts) {
            String checked = text;
            for (String data : ignored) {
                checked = checked.replace(data, " ");
            }
            if (MISSING.matcher(checked).find()) {
                problems.add("missing translation: \"" + text + "\"");
                continue;
            }
            List<String> english = Arrays.stream(WORDS.split(checked.toLowerCase(Locale.ROOT)))
                    .filter(ENGLISH_WORDS::contains).distinct().toList();
            if (!english.isEmpty()) {
                problems.add("English " + english + " in \"" + text + "\"");
            }
        }
        return problems;
    }

    private static void collect(Element element, List<String> texts) {
        if (element.isTextNode()) {
            add(element.getText(), texts);
            return;
        }
        for (String property : TEXT_PROPERTIES) {
            Serializable value = element.getPropertyRaw(property);
            if (value instanceof String string) {
                add(string, texts);
            } else if (value instanceof JsonNode json) {
                collectJson(json, texts);
            }
        }
        for (String attribute : TEXT_ATTRIBUTES) {
            add(element.getAttribute(attribute), texts);
        }
        element.getChildren().forEach(child -> collect(child, texts));
        StateNode node = element.getNode();
        if (node.hasFeature(VirtualChildrenList.class)) {
            node.getFeatureIfInitialized(VirtualChildrenList.class)
                    .ifPresent(virtual -> virtual.iterator().forEachRemaining(child -> collect(Element.get(child), texts)));
        }
    }

    private static void collectGrids(Component component, List<String> texts) {
        if (component instanceof Grid<?> grid) {
            grid.getColumns().forEach(column -> {
                add(column.getHeaderText(), texts);
                add(column.getFooterText(), texts);
            });
        }
        component.getChildren().forEach(child -> collectGrids(child, texts));
    }

    private static void collectJson(JsonNode json, List<String> texts) {
        if (json.isString()) {
            add(json.asString(), texts);
        }
        json.values().forEach(child -> collectJson(child, texts));
    }

    private static void add(@Nullable String text, List<String> texts) {
        if (text != null && !text.isBlank()) {
            texts.add(text.strip());
        }
    }

    private static String localeOf() {
        UI ui = UI.getCurrent();
        return ui == null ? "no UI" : ui.getLocale().toLanguageTag();
    }
}
