package dev.keydesk.recentsignin.ui;

import com.vaadin.flow.function.SerializableRunnable;
import dev.keydesk.recentsignin.RecentSignIn;
import dev.keydesk.recentsignin.RecentSignInRequiredException;
import org.springframework.stereotype.Component;

/**
 * What a view puts around a sensitive action: {@code recentSignIn.confirmThen(() -> keys.delete(id))}. The
 * service decides: when it refuses because the sign-in is too old, the "Confirm it's you" dialog opens, and
 * once the person confirmed, the same action runs again. Other refusals reach the caller as before.
 */
@Component
public class RecentSignInGuard {

    private final RecentSignIn recentSignIn;

    RecentSignInGuard(RecentSignIn recentSignIn) {
        this.recentSignIn = recentSignIn;
    }

    public void confirmThen(SerializableRunnable action) {
        try {
            action.run();
        } catch (RecentSignInRequiredException stale) {
            RecentSignInDialog dialog = new RecentSignInDialog(recentSignIn.needsCode(),
                    Math.max(1, recentSignIn.maxAge().toMinutes()), recentSignIn::confirm, () -> confirmThen(action));
            dialog.addOpenedChangeListener(opened -> {
                if (!opened.isOpened()) {
                    dialog.removeFromParent();
                }
            });
            dialog.open();
        }
    }
}
