package dev.keydesk.apikey;

import java.util.Optional;

import dev.keydesk.base.text.RefusedCharacter;
import org.jspecify.annotations.Nullable;

/**
 * A support action's reason that breaks the rules. The message is English, for logs; views say it in the
 * reader's language from {@link #problem()} (and {@link #character()}).
 */
public class InvalidReasonException extends RuntimeException {

    public enum Problem { TOO_SHORT, TOO_LONG, CHARACTER }

    private final Problem problem;
    private final @Nullable RefusedCharacter character;

    InvalidReasonException(Problem problem, String message) {
        this(problem, null, message);
    }

    InvalidReasonException(RefusedCharacter character) {
        this(Problem.CHARACTER, character, character.english());
    }

    private InvalidReasonException(Problem problem, @Nullable RefusedCharacter character, String message) {
        super(message);
        this.problem = problem;
        this.character = character;
    }

    public Problem problem() {
        return problem;
    }

    public Optional<RefusedCharacter> character() {
        return Optional.ofNullable(character);
    }
}
