package dev.keydesk.support.ui;

import java.io.Serializable;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.InvalidExpirationException;
import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.apikey.SupportExpiry;
import org.jspecify.annotations.Nullable;

/**
 * Support sets or brings forward a key's expiration, with a reason, e.g. to make a customer rotate a key
 * suspected of misuse within a day. The members are mailed at once when the new time is near.
 */
class SupportExpirationDialog extends Dialog {

    interface OnSave extends Serializable {
        void save(SupportExpiry expiry, @Nullable LocalDate customDate, String reason);
    }

    SupportExpirationDialog(ApiKeySummary key, LocalDate todayUtc, OnSave onSave) {
        setHeaderTitle("Set key expiration");
        setWidth("min(32rem, 95vw)");
        Paragraph text = new Paragraph("\u201c" + key.name() + "\u201d (" + key.hint() + ") will stop working at the "
                + "chosen time. Support can only bring an expiration forward. The account's members get a reminder "
                + "mail.");
        text.addClassName("dialog-text");
        Select<SupportExpiry> expiry = new Select<>();
        expiry.setLabel("Expires");
        expiry.setItems(SupportExpiry.values());
        expiry.setItemLabelGenerator(SupportExpiry::label);
        expiry.setValue(SupportExpiry.HOURS_24);
        expiry.setWidthFull();
        DatePicker date = new DatePicker("Expiration date");
        date.setMin(todayUtc.plusDays(1));
        date.setHelperText("The key works until the end of this day (UTC).");
        date.setVisible(false);
        date.setManualValidation(true);
        expiry.addValueChangeListener(change -> date.setVisible(change.getValue() == SupportExpiry.CUSTOM));
        ReasonField reason = new ReasonField();
        add(text, expiry, date, reason);

        Button save = new Button("Set expiration", click -> {
            try {
                onSave.save(expiry.getValue(), expiry.getValue() == SupportExpiry.CUSTOM ? date.getValue() : null,
                        reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(refused.getMessage());
            } catch (InvalidExpirationException refused) {
                if (date.isVisible()) {
                    date.setErrorMessage(refused.getMessage());
                    date.setInvalid(true);
                } else {
                    expiry.setErrorMessage(refused.getMessage());
                    expiry.setInvalid(true);
                }
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }
}
