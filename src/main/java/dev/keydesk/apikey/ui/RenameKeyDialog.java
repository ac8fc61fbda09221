package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.InvalidKeyNameException;

/** Edits a key's name; {@code onSave} applies it, and a refused name shows in the field. */
class RenameKeyDialog extends Dialog {

    RenameKeyDialog(String currentName, SerializableConsumer<String> onSave) {
        setHeaderTitle("Rename API Key");
        setWidth("min(32rem, 95vw)");
        // Vaadin's default (VISUAL) only looks modal; STRICT also makes the server ignore the page behind it.
        setModality(ModalityMode.STRICT);
        KeyNameField name = new KeyNameField();
        name.setValue(currentName);
        add(name);

        Button save = new Button("Save", click -> {
            try {
                onSave.accept(name.getValue());
                close();
            } catch (InvalidKeyNameException refused) {
                name.showError(refused.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickShortcut(Key.ENTER);
        getFooter().add(new Button("Cancel", click -> close()), save);
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                name.focus();
            }
        });
    }
}
