package dev.keydesk.support.ui;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.I18NProvider;
import dev.keydesk.apikey.ApiKeySummary;
import dev.keydesk.apikey.InvalidExpirationException;
import dev.keydesk.apikey.InvalidReasonException;
import dev.keydesk.apikey.SupportExpiry;
import dev.keydesk.base.ui.Times;
import org.jspecify.annotations.Nullable;

/**
 * Support sets or brings forward a key's expiration, with a reason, e.g. to make a customer rotate a key
 * suspected of misuse within a day. The members are mailed at once when the new time is near.
 */
class SupportExpirationDialog extends SupportFormDialog {

    interface OnSave extends Serializable {
        void save(SupportExpiry expiry, @Nullable LocalDate customDate, String reason);
    }

    private final ApiKeySummary key;
    private final LocalDate todayUtc;
    private final Instant now;

    SupportExpirationDialog(ApiKeySummary key, Instant now, LocalDate todayUtc, OnSave onSave) {
        this(new Select<>(), key, now, todayUtc, onSave);
    }

    private SupportExpirationDialog(Select<SupportExpiry> expiry, ApiKeySummary key, Instant now, LocalDate todayUtc,
            OnSave onSave) {
        super(I18NProvider.translate("support.expiration.title"), expiry);
        this.key = key;
        this.now = now;
        this.todayUtc = todayUtc;
        Paragraph text = new Paragraph(getTranslation("support.expiration.text", key.name(), key.hint()));
        text.addClassName("dialog-text");
        expiry.setLabel(getTranslation("support.expiration.expires"));
        expiry.setItems(SupportExpiry.values());
        expiry.setItemLabelGenerator(option -> getTranslation("support.expiration.option."
                + option.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        expiry.setValue(SupportExpiry.HOURS_24);
        expiry.setWidthFull();
        DatePicker date = new DatePicker(getTranslation("support.expiration.date"));
        date.setMin(todayUtc.plusDays(1));
        date.setHelperText(getTranslation("support.expiration.date.helper"));
        date.setVisible(false);
        date.setManualValidation(true);
        date.setWidthFull();
        expiry.addValueChangeListener(change -> date.setVisible(change.getValue() == SupportExpiry.CUSTOM));
        ReasonField reason = new ReasonField();
        add(text, expiry, date, reason);

        actions(new Button(getTranslation("support.expiration.save"), click -> {
            LocalDate customDate = expiry.getValue() == SupportExpiry.CUSTOM ? date.getValue() : null;
            try {
                onSave.save(expiry.getValue(), customDate, reason.getValue());
                close();
            } catch (InvalidReasonException refused) {
                reason.showError(ReasonField.message(this, refused));
            } catch (InvalidExpirationException refused) {
                HasValidation field = date.isVisible() ? date : expiry;
                field.setErrorMessage(refusal(expiry.getValue(), customDate, refused));
                field.setInvalid(true);
            }
        }));
    }

    /**
     * Why the service refused the expiration, in the reader's language. The service's exception carries only
     * English; which rule it was follows from what was sent, in the order the service checks them.
     */
    private String refusal(SupportExpiry chosen, @Nullable LocalDate customDate, InvalidExpirationException refused) {
        if (chosen == SupportExpiry.CUSTOM && customDate == null) {
            return getTranslation("support.expiration.error.choose-day");
        }
        if (chosen == SupportExpiry.CUSTOM && !customDate.isAfter(todayUtc)) {
            return getTranslation("support.expiration.error.after-today", todayUtc.toString());
        }
        if (key.isExpired(now)) {
            return getTranslation("support.expiration.error.expired");
        }
        Instant expiresAt = key.expiresAt();
        return expiresAt == null ? refused.getMessage()
                : getTranslation("support.expiration.error.only-forward", Times.utc(expiresAt));
    }
}
