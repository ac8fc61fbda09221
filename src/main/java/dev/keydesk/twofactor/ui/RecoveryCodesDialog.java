package dev.keydesk.twofactor.ui;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.clipboard.Clipboard;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import dev.keydesk.twofactor.RecoveryCodes;

/**
 * Ten new recovery codes, shown once, with Copy and Download. It closes only through "Done"; whichever way it
 * goes, the codes are removed from the page, and no component keeps them.
 */
class RecoveryCodesDialog extends Dialog {

    static final String FILE_NAME = "keydesk-recovery-codes.txt";

    private final Div content = new Div();
    private final Span copyStatus = new Span();

    RecoveryCodesDialog(RecoveryCodes codes, SerializableRunnable onDone) {
        setHeaderTitle(getTranslation("twofactor.codes.title"));
        setWidth("min(34rem, 95vw)");
        setCloseOnEsc(false);
        setCloseOnOutsideClick(false);
        setModality(ModalityMode.STRICT);

        Paragraph text = new Paragraph(getTranslation("twofactor.codes.text"));
        text.addClassName("dialog-text");
        Div warning = new Div(VaadinIcon.WARNING.create(), new Span(getTranslation("twofactor.codes.warning")));
        warning.addClassName("reveal-warning");
        warning.getElement().setAttribute("role", "alert");
        UnorderedList list = new UnorderedList();
        list.addClassName("recovery-codes");
        list.getElement().setAttribute("aria-label", getTranslation("twofactor.codes.list"));
        codes.codes().forEach(code -> list.add(new ListItem(code)));

        Button copy = new Button(getTranslation("twofactor.codes.copy"), VaadinIcon.COPY.create());
        // The copy runs in the browser within the click's user gesture; the server only hears the outcome.
        Clipboard.onClick(copy).writeText(codes.asText(), copied -> copied(), failed -> copyFailed());
        byte[] file = codes.asText().getBytes(StandardCharsets.UTF_8);
        Anchor download = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(file), FILE_NAME, "text/plain;charset=UTF-8", file.length)),
                AttachmentType.DOWNLOAD, "");
        download.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(getTranslation("twofactor.codes.download")));
        download.addClassName("recovery-codes-download");
        copyStatus.addClassName("copy-status");
        copyStatus.getElement().setAttribute("aria-live", "polite");
        Div tools = new Div(copy, download);
        tools.addClassName("recovery-codes-tools");
        content.add(text, warning, list, tools, copyStatus);
        add(content);

        Button done = new Button(getTranslation("twofactor.codes.done"), click -> close());
        done.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(done);
        addOpenedChangeListener(opened -> {
            if (!opened.isOpened()) {
                content.removeAll();
                getElement().removeFromParent();
                onDone.run();
            }
        });
    }

    private void copied() {
        copyStatus.setText(getTranslation("twofactor.codes.copied"));
        copyStatus.removeClassName("copy-failed");
    }

    private void copyFailed() {
        copyStatus.setText(getTranslation("twofactor.codes.copy-failed"));
        copyStatus.addClassName("copy-failed");
    }
}
