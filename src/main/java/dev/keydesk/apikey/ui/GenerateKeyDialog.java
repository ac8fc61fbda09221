package dev.keydesk.apikey.ui;

import java.io.Serializable;
import java.time.LocalDate;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.keydesk.apikey.InvalidAllowedIpsException;
import dev.keydesk.apikey.InvalidExpirationException;
import dev.keydesk.apikey.InvalidKeyNameException;
import dev.keydesk.apikey.KeyLimitReachedException;
import dev.keydesk.apikey.KeyRequest;

/**
 * Asks for a name and, optionally, an expiration, permissions and addresses, then hands them to
 * {@code onCreate}; each refusal shows in its own field. Only the name is required.
 */
class GenerateKeyDialog extends Dialog {

    /** Creates the key; throws the service's refusals. */
    interface CreateCallback extends Serializable {
        void create(KeyRequest request);
    }

    private final KeyNameField name = new KeyNameField();
    private final ExpirationField expiration;
    private final PermissionsField permissions = new PermissionsField();
    private final AllowedIpsField allowedIps = new AllowedIpsField();

    GenerateKeyDialog(LocalDate todayUtc, CreateCallback onCreate) {
        setHeaderTitle("Generate API Key");
        setWidth("min(36rem, 95vw)");
        // Vaadin's default (VISUAL) only looks modal; STRICT also makes the server ignore the page behind it.
        setModality(ModalityMode.STRICT);
        addClassName("key-dialog");
        expiration = new ExpirationField(todayUtc);
        Paragraph intro = new Paragraph("Give the key a name that says which program or environment uses it. "
                + "You can rename it later.");
        intro.addClassName("dialog-text");
        add(intro, name, expiration, permissions, allowedIps);

        Button create = new Button("Create", click -> create(onCreate));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        create.setDisableOnClick(true);
        create.addClickListener(click -> create.setEnabled(true));
        Button cancel = new Button("Cancel", click -> close());
        getFooter().add(cancel, create);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                name.focus();
            }
        });
    }

    private void create(CreateCallback onCreate) {
        try {
            onCreate.create(new KeyRequest(name.getValue(), expiration.expiration(), expiration.customDate(),
                    permissions.preset(), permissions.access(), allowedIps.getValue()));
            close();
        } catch (InvalidKeyNameException | KeyLimitReachedException refused) {
            name.showError(refused.getMessage());
        } catch (InvalidExpirationException refused) {
            expiration.showError(refused.getMessage());
        } catch (InvalidAllowedIpsException refused) {
            allowedIps.showError(refused.getMessage());
        }
    }
}
