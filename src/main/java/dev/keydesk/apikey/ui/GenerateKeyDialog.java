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
import dev.keydesk.base.ui.DialogFocus;

/**
 * Asks for a name and, optionally, an expiration, permissions and addresses, then hands them to
 * {@code onCreate}; each refusal shows in its own field. Only the name is required.
 */
class GenerateKeyDialog extends Dialog implements RevealsKey {

    /** Creates the key; throws the service's refusals. */
    interface CreateCallback extends Serializable {
        void create(KeyRequest request);
    }

    private final KeyNameField name = new KeyNameField();
    private final ExpirationField expiration;
    private final PermissionsField permissions = new PermissionsField();
    private final AllowedIpsField allowedIps = new AllowedIpsField();
    private boolean created;

    GenerateKeyDialog(LocalDate todayUtc, CreateCallback onCreate) {
        setHeaderTitle(getTranslation("apikeys.generate"));
        setWidth("min(36rem, calc(100vw - 1rem))");
        // Vaadin's default (VISUAL) only looks modal; STRICT also makes the server ignore the page behind it.
        setModality(ModalityMode.STRICT);
        addClassName("key-dialog");
        expiration = new ExpirationField(todayUtc);
        Paragraph intro = new Paragraph(getTranslation("apikeys.generate.intro"));
        intro.addClassName("dialog-text");
        add(intro, name, expiration, permissions, allowedIps);

        Button create = new Button(getTranslation("apikeys.generate.create"), click -> create(onCreate));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER).listenOn(name);
        create.setDisableOnClick(true);
        create.addClickListener(click -> create.setEnabled(true));
        Button cancel = new Button(getTranslation("apikeys.cancel"), click -> close());
        getFooter().add(cancel, create);
    }

    @Override
    public void open() {
        DialogFocus.onOpen(this, name);
        super.open();
    }

    @Override
    public boolean isRevealing() {
        return created;
    }

    private void create(CreateCallback onCreate) {
        try {
            onCreate.create(new KeyRequest(name.getValue(), expiration.expiration(), expiration.customDate(),
                    permissions.preset(), permissions.access(), allowedIps.getValue()));
            created = true;
            close();
        } catch (InvalidKeyNameException | KeyLimitReachedException refused) {
            name.showError(KeyTexts.error(refused));
        } catch (InvalidExpirationException refused) {
            expiration.showError(KeyTexts.error(refused));
        } catch (InvalidAllowedIpsException refused) {
            allowedIps.showError(KeyTexts.error(refused));
        }
    }
}
