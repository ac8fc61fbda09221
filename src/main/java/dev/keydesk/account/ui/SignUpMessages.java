package dev.keydesk.account.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import dev.keydesk.account.SignUpProblem;
import dev.keydesk.base.text.RefusedCharacter;

/** A sign-up refusal in the reader's language: {@code register.error.<problem>} with the values it names. */
final class SignUpMessages {

    private SignUpMessages() {
    }

    static String of(Component view, SignUpProblem.Found found) {
        if (found.problem() == SignUpProblem.REFUSED_CHARACTER
                && found.args().getFirst() instanceof RefusedCharacter character) {
            return view.getTranslation("register.error.refused-character." + slug(character.kind().name()),
                    character.codePoint());
        }
        return view.getTranslation(key(found.problem()), found.args().toArray());
    }

    static String key(SignUpProblem problem) {
        return "register.error." + slug(problem.name());
    }

    static String slug(String constant) {
        return constant.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
