package dev.keydesk.apikey.ui;

import java.io.Serializable;

import com.vaadin.flow.component.ModalityMode;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.KeyRollRefusedException;
import dev.keydesk.apikey.RollGrace;

/**
 * "Roll API Key": a new secret for the same key, and how long the old one keeps working. A deactivated
 * key's old secret is refused already, so "Now" is its only choice.
 */
class RollKeyDialog extends Dialog {

    /** Rolls the key; throws {@link KeyRollRefusedException} when it cannot. */
    interface RollCallback extends Serializable {
        void roll(RollGrace grace);
    }

    RollKeyDialog(ApiKeySummary key, RollCallback onRoll) {
        setHeaderTitle("Roll API Key");
        setModality(ModalityMode.STRICT);
        setWidth("min(32rem, 95vw)");
        boolean nowOnly = !key.isActive();
        Paragraph intro = new Paragraph(nowOnly
                ? "\u201c" + key.name() + "\u201d gets a new secret and becomes active again. Its old secret was "
                        + "found publicly and stays refused."
                : "\u201c" + key.name() + "\u201d gets a new secret and keeps its name, settings and history. "
                        + "The old secret keeps working until the time you choose, so your integrations can switch.");
        intro.addClassName("dialog-text");
        Select<RollGrace> grace = new Select<>();
        grace.setLabel("Old key expires");
        grace.setItems(nowOnly ? new RollGrace[] {RollGrace.NOW} : RollGrace.values());
        grace.setItemLabelGenerator(RollGrace::label);
        grace.setValue(nowOnly ? RollGrace.NOW : RollGrace.DEFAULT);
        grace.setWidthFull();
        add(intro, grace);

        Button roll = new Button("Roll key", click -> {
            try {
                onRoll.roll(grace.getValue() == null ? RollGrace.DEFAULT : grace.getValue());
                close();
            } catch (KeyRollRefusedException refused) {
                grace.setErrorMessage(refused.getMessage());
                grace.setInvalid(true);
            }
        });
        roll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        roll.setDisableOnClick(true);
        roll.addClickListener(click -> roll.setEnabled(true));
        getFooter().add(new Button("Cancel", click -> close()), roll);
    }
}
