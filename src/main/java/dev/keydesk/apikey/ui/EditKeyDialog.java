package dev.keydesk.apikey.ui;

import java.io.Serializable;
import java.util.Map;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import dev.keydesk.apikey.Access;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.InvalidAllowedIpsException;
import dev.keydesk.apikey.KeyPermissions.Preset;
import dev.keydesk.apikey.PlatformService;
import org.jspecify.annotations.Nullable;

/** "Edit API Key": a key's permissions and allowed addresses; the change applies to its next request. */
class EditKeyDialog extends Dialog {

    /** Saves the change; throws the service's refusals. */
    interface SaveCallback extends Serializable {
        void save(Preset preset, Map<PlatformService, Access> access, @Nullable String allowedIps);
    }

    EditKeyDialog(ApiKeySummary key, SaveCallback onSave) {
        setHeaderTitle(getTranslation("apikeys.edit.title"));
        setModality(ModalityMode.STRICT);
        setWidth("min(36rem, calc(100vw - 1rem))");
        addClassName("key-dialog");
        Paragraph intro = new Paragraph(getTranslation("apikeys.edit.intro", key.name(), key.hint()));
        intro.addClassName("dialog-text");
        PermissionsField permissions = new PermissionsField();
        permissions.setValue(key.permissions());
        AllowedIpsField allowedIps = new AllowedIpsField();
        allowedIps.setValue(key.allowedIps());
        add(intro, permissions, allowedIps);

        Button save = new Button(getTranslation("apikeys.save"), click -> {
            try {
                onSave.save(permissions.preset(), permissions.access(), allowedIps.getValue());
                close();
            } catch (InvalidAllowedIpsException refused) {
                allowedIps.showError(KeyTexts.error(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("apikeys.cancel"), click -> close()), save);
    }
}
