package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.InvalidKeyNameException;
import dev.keydesk.apikey.KeyLimitReachedException;

/** Asks for a descriptive name, then hands it to {@code onCreate}; refused names show in the field. */
class GenerateKeyDialog extends Dialog {

    private final KeyNameField name = new KeyNameField();

    GenerateKeyDialog(SerializableConsumer<String> onCreate) {
        setHeaderTitle("Generate API Key");
        setWidth("min(32rem, 95vw)");
        // Vaadin's default (VISUAL) only looks modal; STRICT also makes the server ignore the page behind it.
        setModality(ModalityMode.STRICT);
        Paragraph intro = new Paragraph("Give the key a name that says which program or environment uses it. "
                + "You can rename it later.");
        intro.addClassName("dialog-text");
        add(intro, name);

        Button create = new Button("Create", click -> {
            try {
                onCreate.accept(name.getValue());
                close();
            } catch (InvalidKeyNameException | KeyLimitReachedException refused) {
                name.showError(refused.getMessage());
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickShortcut(Key.ENTER);
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
}
