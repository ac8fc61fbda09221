package dev.keydesk.signin.ui;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.annotation.SpringComponent;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.keydesk.security.Roles;
import dev.keydesk.signin.SignInStage;
import dev.keydesk.signin.SignInStages;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The top of the Security page while a policy requires two-factor sign-in the person has not set up: why
 * every other page led them here. Hidden otherwise.
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class EnrolmentNotice extends Paragraph {

    EnrolmentNotice(SignInStages stages, AuthenticationContext authentication) {
        addClassName("policy-notice");
        getElement().setAttribute("role", "status");
        boolean required = stages.current() == SignInStage.ENROLMENT_REQUIRED;
        setText(required ? getTranslation(authentication.hasRole(Roles.SUPPORT) ? "signin.policy.support-must-enrol"
                : "signin.policy.member-must-enrol") : "");
        setVisible(required);
    }
}
