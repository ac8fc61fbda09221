package dev.keydesk.signin.ui;

import java.util.Set;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterListener;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import dev.keydesk.security.LoginView;
import dev.keydesk.signin.SignInStage;
import dev.keydesk.signin.SignInStages;
import org.springframework.stereotype.Component;

/**
 * Every navigation passes here, whatever the view's own access annotations say: a session waiting for its
 * second sign-in step opens only the code page, one that must set up two-factor sign-in first only the
 * Security page (and either may go back to the login page). As a {@link NavigationAccessChecker} in Vaadin's
 * navigation access control it denies every other view; as a listener that runs before it, it leads the
 * person to the page they need instead of an "access denied".
 */
@Component
class FactorGate implements NavigationAccessChecker, BeforeEnterListener, VaadinServiceInitListener {

    /** The Security page (accountsecurity.ui), where two-factor sign-in is set up. */
    static final String SECURITY_PAGE = "account/security";

    private final transient SignInStages stages;

    FactorGate(SignInStages stages) {
        this.stages = stages;
    }

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (context.isErrorHandling()) {
            // Error pages show no data, and an "access denied" must be able to render.
            return context.neutral();
        }
        SignInStage stage = stages.current();
        return allows(stage, context.getNavigationTarget(), context.getLocation().getPath())
                ? context.neutral() : context.deny("The sign-in is not complete: " + stage);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (HasErrorParameter.class.isAssignableFrom(event.getNavigationTarget())) {
            return;
        }
        SignInStage stage = stages.current();
        if (allows(stage, event.getNavigationTarget(), event.getLocation().getPath())) {
            return;
        }
        if (stage == SignInStage.CODE_REQUIRED) {
            event.forwardTo(CodeView.class);
        } else {
            event.forwardTo(SECURITY_PAGE);
        }
    }

    static boolean allows(SignInStage stage, Class<?> target, String path) {
        return switch (stage) {
            case SIGNED_OUT, COMPLETE -> true;
            case CODE_REQUIRED -> Set.of(CodeView.class, LoginView.class).contains(target);
            case ENROLMENT_REQUIRED -> target == LoginView.class || SECURITY_PAGE.equals(path);
        };
    }

    /** Runs before Vaadin's access control on every UI (the gate is found first among the init listeners). */
    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this));
    }
}
