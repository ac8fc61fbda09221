package dev.keydesk.apikey.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import dev.keydesk.apikey.ApiKeySummary;

/**
 * The warning at the top of the API Keys page while the account has keys that Keydesk deactivated
 * because they were found in public, with what to do about them. Gone once those keys are deleted.
 */
class DisclosureBanner extends Div {

    private final SerializableConsumer<ApiKeySummary> onRoll;

    /** @param onRoll opens the roll dialog of a deactivated key ("Now" is its only choice) */
    DisclosureBanner(SerializableConsumer<ApiKeySummary> onRoll) {
        this.onRoll = onRoll;
        addClassName("disclosure-banner");
        getElement().setAttribute("role", "alert");
        setVisible(false);
    }

    void show(List<ApiKeySummary> listed) {
        removeAll();
        List<ApiKeySummary> deactivated = listed.stream().filter(key -> !key.isActive()).toList();
        setVisible(!deactivated.isEmpty());
        if (deactivated.isEmpty()) {
            return;
        }
        UnorderedList keys = new UnorderedList();
        for (ApiKeySummary key : deactivated) {
            Button roll = new Button(getTranslation("apikeys.disclosure.roll"), click -> onRoll.accept(key));
            roll.addThemeVariants(ButtonVariant.LUMO_SMALL);
            roll.setAriaLabel(getTranslation("apikeys.disclosure.roll-key", key.name()));
            keys.add(new ListItem(new Span(key.name() + " (" + key.hint() + ")"), new Span(" \u2014 "),
                    FoundPublicly.of(key), roll));
        }
        OrderedList steps = new OrderedList(new ListItem(getTranslation("apikeys.disclosure.step1")),
                new ListItem(getTranslation("apikeys.disclosure.step2")),
                new ListItem(getTranslation("apikeys.disclosure.step3")));
        add(VaadinIcon.WARNING.create(), new Div(new H2(getTranslation("apikeys.disclosure.title")),
                new Paragraph(getTranslation("apikeys.disclosure.text")), keys,
                new Paragraph(getTranslation("apikeys.disclosure.what-to-do")), steps));
    }
}
