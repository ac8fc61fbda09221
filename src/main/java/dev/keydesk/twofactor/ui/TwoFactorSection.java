package dev.keydesk.twofactor.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.base.ui.Times;
import dev.keydesk.twofactor.RecoveryCodes;
import dev.keydesk.twofactor.TwoFactorChanges;
import dev.keydesk.twofactor.TwoFactorEnrolment;
import dev.keydesk.twofactor.TwoFactorStatus;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/**
 * The two-factor part of the Security page: whether it is on, and the way to set it up, to regenerate the
 * recovery codes, or to switch it off (those two always with password and a current code).
 */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class TwoFactorSection extends Section {

    private final TwoFactorEnrolment enrolment;
    private final TwoFactorChanges changes;
    private final Div body = new Div();

    TwoFactorSection(TwoFactorEnrolment enrolment, TwoFactorChanges changes) {
        this.enrolment = enrolment;
        this.changes = changes;
        addClassName("security-section");
        H2 title = new H2(getTranslation("twofactor.title"));
        title.setId("two-factor-title");
        getElement().setAttribute("aria-labelledby", "two-factor-title");
        add(title, body);
        refresh();
    }

    private void refresh() {
        body.removeAll();
        TwoFactorStatus status = enrolment.status();
        if (status.enabled()) {
            showOn(status);
        } else {
            showOff();
        }
    }

    private void showOff() {
        Paragraph text = new Paragraph(getTranslation("twofactor.off.text"));
        text.addClassName("page-intro");
        Button setUp = new Button(getTranslation("twofactor.setup"), VaadinIcon.MOBILE.create(), click -> startSetUp());
        setUp.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        body.add(text, actions(setUp));
    }

    private void showOn(TwoFactorStatus status) {
        Paragraph on = new Paragraph(VaadinIcon.CHECK_CIRCLE.create(), new Span(getTranslation("twofactor.on.text")));
        on.addClassName("two-factor-on");
        Paragraph since = new Paragraph(getTranslation("twofactor.on.since") + " ");
        if (status.enabledAt() != null) {
            since.add(Times.absolute(status.enabledAt()));
        }
        since.addClassName("page-intro");
        Paragraph left = new Paragraph(getTranslation("twofactor.on.codes-left", status.recoveryCodesLeft(),
                RecoveryCodes.COUNT));
        left.addClassName("page-intro");
        Button regenerate = new Button(getTranslation("twofactor.regenerate"), VaadinIcon.REFRESH.create(),
                click -> confirmRegenerate());
        Button disable = new Button(getTranslation("twofactor.disable"), click -> confirmDisable());
        disable.addThemeVariants(ButtonVariant.LUMO_ERROR);
        body.add(on, since, left, actions(regenerate, disable));
    }

    private static Div actions(Button... buttons) {
        Div actions = new Div(buttons);
        actions.addClassName("security-actions");
        return actions;
    }

    private void startSetUp() {
        new EnrolmentDialog(enrolment.start(), code -> enrolment.confirm(code), codes -> {
            refresh();
            new RecoveryCodesDialog(codes, () -> Notifications.success(getTranslation("twofactor.enabled"))).open();
        }).open();
    }

    private void confirmRegenerate() {
        new ConfirmFactorDialog(getTranslation("twofactor.regenerate.title"),
                getTranslation("twofactor.regenerate.text"), getTranslation("twofactor.regenerate.confirm"), false,
                (password, code) -> {
                    RecoveryCodes codes = changes.regenerateRecoveryCodes(password, code);
                    refresh();
                    new RecoveryCodesDialog(codes, () -> { }).open();
                }, this::refresh).open();
    }

    private void confirmDisable() {
        new ConfirmFactorDialog(getTranslation("twofactor.disable.title"), getTranslation("twofactor.disable.text"),
                getTranslation("twofactor.disable.confirm"), true, (password, code) -> {
                    changes.disable(password, code);
                    refresh();
                    Notifications.success(getTranslation("twofactor.disabled"));
                }, this::refresh).open();
    }
}
