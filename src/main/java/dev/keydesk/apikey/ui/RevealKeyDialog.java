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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.function.SerializableRunnable;
import dev.keydesk.base.ui.DialogFocus;

/**
 * Shows a new key once. It closes only through "Done" (no Esc, no outside click); whichever way it
 * goes (Done, navigation, logout, session end) the field is emptied and the dialog removed, so no
 * component keeps the secret. The key sits in a read-only text area in full contrast monospace, which
 * wraps on a phone instead of hiding part of the key; it has the focus when the dialog opens, and "Done"
 * hands the focus back ({@code onDone}).
 */
class RevealKeyDialog extends Dialog {

    private final TextArea secretField = new TextArea();
    private final Span copyStatus = new Span();

    RevealKeyDialog(String title, String intro, String secret, SerializableRunnable onDone) {
        setHeaderTitle(title);
        setWidth("min(46rem, calc(100vw - 1rem))");
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setModality(ModalityMode.STRICT);
        addClassName("reveal-dialog");

        Paragraph created = new Paragraph(intro);
        created.addClassName("dialog-text");
        Div warning = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("apikeys.reveal.warning")));
        warning.addClassName("reveal-warning");
        warning.getElement().setAttribute("role", "alert");

        secretField.setLabel(getTranslation("apikeys.reveal.field"));
        secretField.setValue(secret);
        secretField.setReadOnly(true);
        // One line where the key fits (desktop); the area grows to two or three on a phone.
        secretField.setMinRows(1);
        secretField.addClassName("secret-field");
        secretField.getElement().setAttribute("autocomplete", "off");
        secretField.getElement().setAttribute("spellcheck", "false");
        secretField.setWidthFull();

        Button copy = new Button(getTranslation("apikeys.reveal.copy"), VaadinIcon.COPY.create());
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        copy.addClassName("copy-button");
        // The copy runs in the browser within the click's user gesture; the server only hears the outcome.
        Clipboard.onClick(copy).writeText(secretField, copied -> copied(), failed -> copyFailed());
        copyStatus.addClassName("copy-status");
        copyStatus.getElement().setAttribute("aria-live", "polite");

        Div keyRow = new Div(secretField, copy);
        keyRow.addClassName("secret-row");
        add(created, warning, keyRow, copyStatus);

        Button done = new Button(getTranslation("apikeys.reveal.done"), click -> {
            close();
            onDone.run();
        });
        getFooter().add(done);
        addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                forget();
            }
        });
        addDetachListener(detach -> secretField.clear());
    }

    @Override
    public void open() {
        DialogFocus.onOpen(this, secretField);
        super.open();
    }

    private void copied() {
        copyStatus.setText(getTranslation("apikeys.reveal.copied"));
        copyStatus.removeClassName("copy-failed");
    }

    private void copyFailed() {
        secretField.getElement().executeJs("const input = this.inputElement; input.focus(); input.select();");
        copyStatus.setText(getTranslation("apikeys.reveal.copy-failed"));
        copyStatus.addClassName("copy-failed");
    }

    /** Drops every trace of the secret from the component tree and from the UI. */
    private void forget() {
        secretField.clear();
        getElement().removeFromParent();
    }
}
