package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.InvalidKeyNameException;
import dev.keydesk.base.ui.DialogFocus;

/** Edits a key's name; {@code onSave} applies it, and a refused name shows in the field. */
class RenameKeyDialog extends Dialog {

    private final KeyNameField name = new KeyNameField();

    RenameKeyDialog(String currentName, SerializableConsumer<String> onSave) {
        setHeaderTitle(getTranslation("apikeys.rename.title"));
        setWidth("min(32rem, calc(100vw - 1rem))");
        // Vaadin's default (VISUAL) only looks modal; STRICT also makes the server ignore the page behind it.
        setModality(ModalityMode.STRICT);
        name.setValue(currentName);
        add(name);

        Button save = new Button(getTranslation("apikeys.save"), click -> {
            try {
                onSave.accept(name.getValue());
                close();
            } catch (InvalidKeyNameException refused) {
                name.showError(KeyTexts.error(refused));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button(getTranslation("apikeys.cancel"), click -> close()), save);
    }

    @Override
    public void open() {
        DialogFocus.onOpen(this, name);
        super.open();
    }
}
