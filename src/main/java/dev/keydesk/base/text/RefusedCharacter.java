package dev.keydesk.base.text;

import java.util.Locale;

/**
 * The first character {@link DisplayText} refuses in a text, as a kind and its code point ("U+202E"), so a
 * view can say what is wrong in the reader's language; {@link #english()} is the text for logs and the API.
 */
public record RefusedCharacter(Kind kind, String codePoint) {

    public enum Kind {
        /** Line breaks and other control characters. */
        CONTROL,
        /** Text-direction controls, which make text read differently from what it is. */
        TEXT_DIRECTION,
        /** Zero-width and other invisible characters. */
        INVISIBLE
    }

    static RefusedCharacter of(int codePoint) {
        int type = Character.getType(codePoint);
        String name = String.format(Locale.ROOT, "U+%04X", codePoint);
        if (type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR) {
            return new RefusedCharacter(Kind.CONTROL, name);
        }
        return new RefusedCharacter(DisplayText.isBidiControl(codePoint) ? Kind.TEXT_DIRECTION : Kind.INVISIBLE, name);
    }

    public String english() {
        return switch (kind) {
            case CONTROL -> DisplayText.CONTROL;
            case TEXT_DIRECTION -> "Remove the text-direction character " + codePoint + ": it makes text read "
                    + "differently from what it is.";
            case INVISIBLE -> "Remove the invisible character " + codePoint + ".";
        };
    }
}
