package dev.keydesk.accountsecurity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.keydesk.password.ui.PasswordSection;
import dev.keydesk.sessions.ui.SessionsSection;
import dev.keydesk.signin.ui.EnrolmentNotice;
import dev.keydesk.signin.ui.MemberRequirementSection;
import dev.keydesk.twofactor.ui.TwoFactorSection;
import jakarta.annotation.security.PermitAll;

/** How a person protects their own sign-in: second factor, password, sessions. */
@Route("account/security")
@PageTitle("Security · Keydesk")
@Menu(title = "Security", order = 9, icon = "vaadin:shield")
@PermitAll
class SecurityView extends VerticalLayout {

    SecurityView(EnrolmentNotice enrolmentNotice, TwoFactorSection twoFactor,
            MemberRequirementSection memberRequirement, PasswordSection password, SessionsSection sessions) {
        addClassName("page");
        add(new H1(getTranslation("security.title")));
        add(enrolmentNotice);
        add(twoFactor);
        add(memberRequirement);
        add(password);
        add(sessions);
    }
}
