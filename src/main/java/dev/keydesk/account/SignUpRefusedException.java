package dev.keydesk.account;

import java.util.EnumMap;
import java.util.Map;

/**
 * Sign-up refused; one problem per wrong field. Views translate {@link #problems()}; {@link #errors()} is the
 * same in English, for logs and tests.
 */
public class SignUpRefusedException extends RuntimeException {

    private final Map<SignUpField, SignUpProblem.Found> problems;

    public SignUpRefusedException(Map<SignUpField, SignUpProblem.Found> problems) {
        super("Sign-up refused: " + problems.keySet());
        this.problems = Map.copyOf(problems);
    }

    static SignUpRefusedException of(SignUpField field, SignUpProblem problem, Object... args) {
        return new SignUpRefusedException(Map.of(field, SignUpProblem.Found.of(problem, args)));
    }

    public Map<SignUpField, SignUpProblem.Found> problems() {
        return problems;
    }

    public Map<SignUpField, String> errors() {
        Map<SignUpField, String> english = new EnumMap<>(SignUpField.class);
        problems.forEach((field, found) -> english.put(field, found.english()));
        return english;
    }
}
