package dev.keydesk.accountsecurity.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.keydesk.security.Roles;
import dev.keydesk.signin.MemberTwoFactorRequirement;
import dev.keydesk.signin.SignInStages;
import dev.keydesk.signin.ui.TwoFactorPolicySection;
import dev.keydesk.twofactor.ui.TwoFactorSection;
import jakarta.annotation.security.PermitAll;

/** How a person protects their own sign-in: second factor, password, sessions. */
@Route("account/security")
@PageTitle("Security · Keydesk")
@Menu(title = "Security", order = 9, icon = "vaadin:shield")
@PermitAll
class SecurityView extends VerticalLayout {

    SecurityView(TwoFactorSection twoFactor, MemberTwoFactorRequirement requirement, SignInStages stages,
            AuthenticationContext authentication) {
        addClassName("page");
        add(new H1(getTranslation("security.title")));
        add(twoFactor);
        add(new TwoFactorPolicySection(requirement, stages, authentication.hasRole(Roles.SUPPORT)));
    }
}
