package dev.keydesk.signin.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.signin.MemberTwoFactorRequirement;
import dev.keydesk.signin.OwnTwoFactorMissingException;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The Security page's switch for an account's owner: every member must use two-factor sign-in. Empty and
 * hidden for other members and for support staff.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class MemberRequirementSection extends Section {

    private final MemberTwoFactorRequirement requirement;

    MemberRequirementSection(MemberTwoFactorRequirement requirement) {
        this.requirement = requirement;
        addClassName("security-section");
        setVisible(false);
        requirement.ownedSetting().ifPresent(required -> {
            H2 title = new H2(getTranslation("signin.policy.members.title"));
            title.setId("member-two-factor-title");
            getElement().setAttribute("aria-labelledby", "member-two-factor-title");
            add(title, requirementSwitch(required));
            setVisible(true);
        });
    }

    private Checkbox requirementSwitch(boolean required) {
        Checkbox box = new Checkbox(getTranslation("signin.policy.members.label"), required);
        box.setHelperText(getTranslation("signin.policy.members.helper"));
        box.addValueChangeListener(change -> {
            if (!change.isFromClient()) {
                return;
            }
            try {
                requirement.require(change.getValue());
                Notifications.success(getTranslation(change.getValue() ? "signin.policy.members.on"
                        : "signin.policy.members.off"));
            } catch (OwnTwoFactorMissingException missing) {
                box.setValue(change.getOldValue());
                Notifications.error(getTranslation("signin.policy.members.own-first"));
            }
        });
        return box;
    }
}
