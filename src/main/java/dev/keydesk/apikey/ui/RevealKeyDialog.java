package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Shows a new key once. It closes only through "Done" (no Esc, no outside click); whichever way it
 * goes (Done, navigation, logout, session end) the field is emptied and the dialog removed, so no
 * component keeps the secret.
 */
class RevealKeyDialog extends Dialog {

    static final String WARNING = "Copy this key now and store it somewhere safe. For your security it "
            + "will not be shown again. If you lose it, generate a new one.";

    private final TextField secretField = new TextField("API key");
    private final Span copyStatus = new Span();

    RevealKeyDialog(String keyName, String secret) {
        setHeaderTitle("Generate API Key");
        setWidth("min(46rem, 95vw)");
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setModality(ModalityMode.STRICT);

        Paragraph created = new Paragraph("Your new key \u201c" + keyName + "\u201d is ready.");
        created.addClassName("dialog-text");
        Div warning = new Div(VaadinIcon.WARNING.create(), new Span(WARNING));
        warning.addClassName("reveal-warning");
        warning.getElement().setAttribute("role", "alert");

        secretField.setValue(secret);
        secretField.setReadOnly(true);
        secretField.addClassName("secret-field");
        secretField.getElement().setAttribute("autocomplete", "off");
        secretField.getElement().setAttribute("spellcheck", "false");
        secretField.setWidthFull();

        Button copy = new Button("Copy", VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // The copy runs in the browser within the click's user gesture; the server only hears the outcome.
        Clipboard.onClick(copy).writeText(secretField, copied -> copied(), failed -> copyFailed());
        copyStatus.addClassName("copy-status");
        copyStatus.getElement().setAttribute("aria-live", "polite");

        HorizontalLayout keyRow = new HorizontalLayout(secretField, copy);
        keyRow.setWidthFull();
        keyRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        keyRow.setFlexGrow(1, secretField);
        add(created, warning, keyRow, copyStatus);

        Button done = new Button("Done", click -> close());
        getFooter().add(done);
        addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                forget();
            }
        });
        addDetachListener(detach -> secretField.clear());
    }

    private void copied() {
        copyStatus.setText("Copied to the clipboard.");
        copyStatus.removeClassName("copy-failed");
    }

    private void copyFailed() {
        secretField.getElement().executeJs("const input = this.inputElement; input.focus(); input.select();");
        copyStatus.setText("Your browser did not allow copying. The key is selected: press Ctrl+C (\u2318C on a Mac).");
        copyStatus.addClassName("copy-failed");
    }

    /** Drops every trace of the secret from the component tree and from the UI. */
    private void forget() {
        secretField.clear();
        getElement().removeFromParent();
    }
}
