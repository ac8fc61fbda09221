package dev.keydesk.password.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.keydesk.account.PasswordPolicy;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.password.PasswordChange;
import dev.keydesk.password.PasswordRefusedException;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** "Password" on the Security page: the current password, a new one twice, and "Change password". */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class PasswordSection extends Div {

    private final PasswordChange passwords;
    private final PasswordField current;
    private final PasswordField next;
    private final PasswordField confirm;

    PasswordSection(PasswordChange passwords) {
        this.passwords = passwords;
        addClassName("security-section");
        Paragraph intro = new Paragraph(getTranslation("password.change.intro"));
        intro.addClassName("page-intro");
        current = PasswordTexts.field(this, "password.change.current", "current-password");
        next = PasswordTexts.field(this, "password.change.new", "new-password");
        next.setHelperText(getTranslation("password.policy", PasswordPolicy.MIN_LENGTH));
        confirm = PasswordTexts.field(this, "password.change.confirm", "new-password");
        Button change = new Button(getTranslation("password.change.button"), click -> change());
        change.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Div form = new Div(current, next, confirm);
        form.addClassName("password-form");
        add(new H2(getTranslation("password.change.title")), intro, form, change);
    }

    private void change() {
        if (current.getValue().isEmpty()) {
            PasswordTexts.showError(current, getTranslation("password.change.current-required"));
            return;
        }
        if (!next.getValue().equals(confirm.getValue())) {
            PasswordTexts.showError(confirm, getTranslation("password.mismatch"));
            return;
        }
        try {
            int signedOut = passwords.change(current.getValue(), next.getValue());
            current.clear();
            next.clear();
            confirm.clear();
            Notifications.success(getTranslation(signedOut == 0 ? "password.change.done"
                    : "password.change.done-signed-out", signedOut));
        } catch (PasswordRefusedException refused) {
            if (refused.concernsCurrentPassword()) {
                current.clear();
            }
            PasswordTexts.showError(refused.concernsCurrentPassword() ? current : next,
                    PasswordTexts.problem(this, refused.problem()));
        }
    }
}
