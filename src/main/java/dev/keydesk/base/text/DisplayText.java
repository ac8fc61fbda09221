package dev.keydesk.base.text;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The one rule for names and reasons that other people read (key names, organization names, support
 * reasons): stored in Unicode NFC without surrounding spaces, and free of characters that make text
 * read differently from what it is. Text-direction controls turn "‮txt.exe" into "exe.txt"; invisible
 * characters make two names that look equal differ, or a name look empty.
 */
public final class DisplayText {

    static final String CONTROL = "Remove line breaks and other control characters.";

    // Leading and trailing white space of every kind, the no-break spaces included (String.strip keeps those).
    private static final Pattern EDGE_SPACE = Pattern.compile("^[\\s\\p{Z}]+|[\\s\\p{Z}]+$");
    private static final Pattern INNER_SPACE = Pattern.compile("[\\s\\p{Z}]+");

    private DisplayText() {
    }

    /** NFC, without leading or trailing white space; null reads as empty. */
    public static String normalize(@Nullable String raw) {
        if (raw == null) {
            return "";
        }
        return EDGE_SPACE.matcher(Normalizer.normalize(raw, Normalizer.Form.NFC)).replaceAll("");
    }

    /** Why the (normalised) text is refused, written for the person who typed it; empty when it is fine. */
    public static Optional<String> problem(String text) {
        return refusedCharacter(text).map(RefusedCharacter::english);
    }

    /** The first refused character of the (normalised) text, for a message in the reader's language. */
    public static Optional<RefusedCharacter> refusedCharacter(String text) {
        OptionalInt first = text.codePoints().filter(DisplayText::refused).findFirst();
        return first.isPresent() ? Optional.of(RefusedCharacter.of(first.getAsInt())) : Optional.empty();
    }

    /** As {@link #problem}, with the kind of character and its code point, so a page can say it in any language. */
    public static Optional<Problem> firstProblem(String text) {
        OptionalInt first = text.codePoints().filter(DisplayText::refused).findFirst();
        return first.isPresent() ? Optional.of(Problem.of(first.getAsInt())) : Optional.empty();
    }

    /**
     * The form in which two texts are the same: NFC and lower case. Lower-casing can undo NFC (U+0130
     * becomes i + U+0307), hence the second normalisation.
     */
    public static String caseInsensitiveKey(String text) {
        return Normalizer.normalize(normalize(text).toLowerCase(Locale.ROOT), Normalizer.Form.NFC);
    }

    /** As {@link #caseInsensitiveKey}, and runs of white space count as one space: "acme corp" for " ACME  Corp". */
    public static String comparisonKey(String text) {
        return INNER_SPACE.matcher(caseInsensitiveKey(text)).replaceAll(" ");
    }

    static boolean refused(int codePoint) {
        return switch (Character.getType(codePoint)) {
            // Cc, Cf (bidi controls, zero-width characters, BOM, soft hyphen, tags), line and paragraph
            // separators, and lone surrogates (not text at all; PostgreSQL would refuse them).
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE -> true;
            default -> isHangulFiller(codePoint);
        };
    }

    // Letters by category, but they render as nothing: a favourite for names that look empty.
    private static boolean isHangulFiller(int codePoint) {
        return codePoint == 0x115F || codePoint == 0x1160 || codePoint == 0x3164 || codePoint == 0xFFA0;
    }

    static boolean isBidiControl(int codePoint) {
        return (codePoint >= 0x202A && codePoint <= 0x202E) || (codePoint >= 0x2066 && codePoint <= 0x2069)
                || codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C;
    }

    private static String message(int codePoint) {
        int type = Character.getType(codePoint);
        if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return CONTROL;
        }
        String name = String.format(Locale.ROOT, "U+%04X", codePoint);
        if (isBidiControl(codePoint)) {
            return "Remove the text-direction character " + name + ": it makes text read differently from what "
                    + "it is.";
        }
        return "Remove the invisible character " + name + ".";
    }

    /** A refused character: its kind, its code point ("U+202E") and the English message. */
    public record Problem(Kind kind, String codePoint, String message) {

        public enum Kind { CONTROL, DIRECTION, INVISIBLE }

        static Problem of(int codePoint) {
            int type = Character.getType(codePoint);
            Kind kind = type == Character.CONTROL || type == Character.LINE_SEPARATOR
                    || type == Character.PARAGRAPH_SEPARATOR ? Kind.CONTROL
                    : isBidiControl(codePoint) ? Kind.DIRECTION : Kind.INVISIBLE;
            return new Problem(kind, String.format(Locale.ROOT, "U+%04X", codePoint), DisplayText.message(codePoint));
        }
    }
}
