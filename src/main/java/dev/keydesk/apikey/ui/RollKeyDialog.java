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
class RollKeyDialog extends Dialog implements RevealsKey {

    private boolean revealing;

    /** Rolls the key; throws {@link KeyRollRefusedException} when it cannot. */
    interface RollCallback extends Serializable {
        void roll(RollGrace grace);
    }

    RollKeyDialog(ApiKeySummary key, RollCallback onRoll) {
        setHeaderTitle(getTranslation("apikeys.roll.title"));
        setModality(ModalityMode.STRICT);
        setWidth("min(32rem, calc(100vw - 1rem))");
        boolean nowOnly = !key.isActive();
        Paragraph intro = new Paragraph(getTranslation(nowOnly ? "apikeys.roll.intro-deactivated"
                : "apikeys.roll.intro", key.name()));
        intro.addClassName("dialog-text");
        Select<RollGrace> grace = new Select<>();
        grace.setLabel(getTranslation("apikeys.roll.grace"));
        grace.setItems(nowOnly ? new RollGrace[] {RollGrace.NOW} : RollGrace.values());
        grace.setItemLabelGenerator(KeyTexts::grace);
        grace.setValue(nowOnly ? RollGrace.NOW : RollGrace.DEFAULT);
        grace.setWidthFull();
        add(intro, grace);

        Button roll = new Button(getTranslation("apikeys.roll.confirm"), click -> {
            try {
                onRoll.roll(grace.getValue() == null ? RollGrace.DEFAULT : grace.getValue());
                revealing = true;
                close();
            } catch (KeyRollRefusedException refused) {
                grace.setErrorMessage(KeyTexts.error(refused));
                grace.setInvalid(true);
            }
        });
        roll.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        roll.setDisableOnClick(true);
        roll.addClickListener(click -> roll.setEnabled(true));
        getFooter().add(new Button(getTranslation("apikeys.cancel"), click -> close()), roll);
    }

    @Override
    public boolean isRevealing() {
        return revealing;
    }
}
