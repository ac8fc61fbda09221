package dev.keydesk.signin.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.signin.MemberTwoFactorRequirement;
import dev.keydesk.signin.OwnTwoFactorMissingException;
import dev.keydesk.signin.SignInStage;
import dev.keydesk.signin.SignInStages;

/**
 * The Security page's part of the two-factor policy: why the person was led here when a policy requires
 * two-factor sign-in they have not set up, and, for an account's owner, the switch that requires it of
 * every member.
 */
public class TwoFactorPolicySection extends Div {

    private final MemberTwoFactorRequirement requirement;

    public TwoFactorPolicySection(MemberTwoFactorRequirement requirement, SignInStages stages, boolean support) {
        this.requirement = requirement;
        addClassName("two-factor-policy");
        if (stages.current() == SignInStage.ENROLMENT_REQUIRED) {
            Paragraph notice = new Paragraph(getTranslation(support ? "signin.policy.support-must-enrol"
                    : "signin.policy.member-must-enrol"));
            notice.addClassName("policy-notice");
            notice.getElement().setAttribute("role", "status");
            add(notice);
        }
        requirement.ownedSetting().ifPresent(required -> add(new H2(getTranslation("signin.policy.members.title")),
                requirementSwitch(required)));
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
