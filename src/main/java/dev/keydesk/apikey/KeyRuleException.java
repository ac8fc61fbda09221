package dev.keydesk.apikey;

import java.util.List;

/**
 * A refusal of a key rule. The message is English, for logs and API callers; {@link #code()} and
 * {@link #arguments()} let a page say the same in the reader's language (translation key
 * {@code apikeys.error.<code>}, arguments as MessageFormat's {0}, {1}, …).
 */
public abstract class KeyRuleException extends RuntimeException {

    private final String code;
    private final List<Object> arguments;

    protected KeyRuleException(String code, String message, Object... arguments) {
        super(message);
        this.code = code;
        this.arguments = List.of(arguments);
    }

    /** A stable, lowercase dotted name of the rule, e.g. {@code name.taken}. */
    public String code() {
        return code;
    }

    public Object[] arguments() {
        return arguments.toArray();
    }
}
