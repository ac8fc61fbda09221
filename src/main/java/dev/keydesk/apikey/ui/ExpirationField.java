package dev.keydesk.apikey.ui;

import java.time.LocalDate;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.select.Select;
import dev.keydesk.apikey.Expiration;
import org.jspecify.annotations.Nullable;

/**
 * "Expiration": the presets, or "Custom date" with a date picker "Expiration date" limited to future
 * days. The key expires at the end of the chosen day in UTC; the service checks the day again.
 */
class ExpirationField extends Div {

    private final Select<Expiration> choice = new Select<>();
    private final DatePicker date = new DatePicker(KeyTexts.t("apikeys.expiration.date"));

    ExpirationField(LocalDate todayUtc) {
        addClassName("field-group");
        choice.setLabel(KeyTexts.t("apikeys.expiration"));
        choice.setItems(Expiration.values());
        choice.setItemLabelGenerator(KeyTexts::expiration);
        choice.setValue(Expiration.NEVER);
        choice.setWidthFull();
        date.setMin(todayUtc.plusDays(1));
        date.setHelperText(KeyTexts.t("apikeys.expiration.date.helper"));
        date.setWidthFull();
        date.setVisible(false);
        date.setManualValidation(true);
        choice.addValueChangeListener(change -> {
            date.setVisible(change.getValue() == Expiration.CUSTOM);
            choice.setInvalid(false);
            date.setInvalid(false);
        });
        date.addValueChangeListener(change -> date.setInvalid(false));
        add(choice, date);
    }

    Expiration expiration() {
        return choice.getValue() == null ? Expiration.NEVER : choice.getValue();
    }

    @Nullable LocalDate customDate() {
        return choice.getValue() == Expiration.CUSTOM ? date.getValue() : null;
    }

    void showError(String message) {
        if (date.isVisible()) {
            date.setErrorMessage(message);
            date.setInvalid(true);
            date.focus();
        } else {
            choice.setErrorMessage(message);
            choice.setInvalid(true);
            choice.focus();
        }
    }
}
