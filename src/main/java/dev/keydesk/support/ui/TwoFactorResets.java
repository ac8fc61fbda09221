package dev.keydesk.support.ui;

import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.recentsignin.ui.RecentSignInGuard;
import dev.keydesk.support.SupportTwoFactorReset;
import dev.keydesk.twofactor.TwoFactorException;

/**
 * Under an account's members: who has two-factor on, and a reset for each, for a member who lost both phone
 * and recovery codes. Shows nothing while no member has two-factor.
 */
class TwoFactorResets extends Div {

    TwoFactorResets(SupportTwoFactorReset resets, RecentSignInGuard recentSignIn, UUID accountId,
            SerializableRunnable onReset) {
        addClassName("two-factor-resets");
        List<String> enrolled = resets.membersWithTwoFactor(accountId).stream().sorted().toList();
        setVisible(!enrolled.isEmpty());
        if (enrolled.isEmpty()) {
            return;
        }
        Paragraph intro = new Paragraph(getTranslation("twofactor.reset.intro", String.join(", ", enrolled)));
        intro.addClassName("page-intro");
        Div buttons = new Div();
        buttons.addClassName("security-actions");
        for (String username : enrolled) {
            buttons.add(new Button(getTranslation("twofactor.reset.button", username), VaadinIcon.MOBILE.create(),
                    click -> new ResetTwoFactorDialog(username, reason -> recentSignIn.confirmThen(
                            () -> reset(resets, accountId, username, reason, onReset))).open()));
        }
        add(intro, buttons);
    }

    private void reset(SupportTwoFactorReset resets, UUID accountId, String username, String reason,
            SerializableRunnable onReset) {
        try {
            boolean reset = resets.resetMember(accountId, username, reason);
            Notifications.success(getTranslation(reset ? "twofactor.reset.done" : "twofactor.reset.none", username));
        } catch (TwoFactorException changed) {
            Notifications.error(getTranslation("twofactor.error.changed"));
        }
        onReset.run();
    }
}
