package dev.keydesk.twofactor.ui;

import java.io.Serializable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.twofactor.Enrolment;
import dev.keydesk.twofactor.RecoveryCodes;
import dev.keydesk.twofactor.TwoFactorException;

/**
 * "Set up two-factor authentication": the QR code and the secret as text, then the first code from the app.
 * A wrong code is the field's error and changes nothing; closing the dialog drops the secret from the page.
 */
class EnrolmentDialog extends Dialog {

    interface VerifyCallback extends Serializable {
        RecoveryCodes verify(String code);
    }

    interface EnabledCallback extends Serializable {
        void enabled(RecoveryCodes codes);
    }

    private final CodeField code = new CodeField();
    private final Div setUp = new Div();

    EnrolmentDialog(Enrolment enrolment, VerifyCallback onVerify, EnabledCallback onEnabled) {
        setHeaderTitle(getTranslation("twofactor.setup.title"));
        setWidth("min(34rem, 95vw)");
        setCloseOnOutsideClick(false);
        setModality(ModalityMode.STRICT);

        Paragraph scan = new Paragraph(getTranslation("twofactor.setup.scan"));
        scan.addClassName("dialog-text");
        Svg qr = new Svg(enrolment.qrSvg());
        qr.addClassName("two-factor-qr");
        Paragraph manual = new Paragraph(getTranslation("twofactor.setup.manual"));
        manual.addClassName("dialog-text");
        Span secret = new Span(enrolment.groupedSecret());
        secret.addClassName("two-factor-secret");
        secret.getElement().setAttribute("aria-label", getTranslation("twofactor.setup.key-label"));
        setUp.add(scan, qr, manual, secret);
        setUp.addClassName("two-factor-setup");
        add(setUp, code);

        Button verify = new Button(getTranslation("twofactor.verify"), click -> verify(onVerify, onEnabled));
        verify.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        verify.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("twofactor.cancel"), click -> close()), verify);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                code.focus();
            } else {
                forget();
            }
        });
    }

    private void verify(VerifyCallback onVerify, EnabledCallback onEnabled) {
        if (code.getValue().isBlank()) {
            code.showError(getTranslation("twofactor.error.code-required"));
            return;
        }
        RecoveryCodes codes;
        try {
            codes = onVerify.verify(code.getValue());
        } catch (TwoFactorException refused) {
            if (refused.problem() == TwoFactorException.Problem.WRONG_CODE) {
                code.clear();
                code.showError(getTranslation(FactorErrors.key(refused.problem())));
                return;
            }
            close();
            Notifications.error(getTranslation(FactorErrors.key(refused.problem())));
            return;
        }
        close();
        onEnabled.enabled(codes);
    }

    /** The secret lives in the page only while the dialog is open. */
    private void forget() {
        setUp.removeAll();
        getElement().removeFromParent();
    }
}
