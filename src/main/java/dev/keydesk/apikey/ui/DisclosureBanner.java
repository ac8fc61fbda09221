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

    static final String HEADING = "Keys found publicly were deactivated";

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
            Button roll = new Button("Roll now", click -> onRoll.accept(key));
            roll.addThemeVariants(ButtonVariant.LUMO_SMALL);
            roll.setAriaLabel("Roll " + key.name() + " now");
            keys.add(new ListItem(new Span(key.name() + " (" + key.hint() + ")"), new Span(" \u2014 "),
                    FoundPublicly.of(key), roll));
        }
        OrderedList steps = new OrderedList(
                new ListItem("Roll the key: it gets a new secret and keeps its name and settings (or generate a "
                        + "new key and delete this one)."),
                new ListItem("Update your integration to use the new secret."),
                new ListItem("Remove the old secret from wherever it was published."));
        add(VaadinIcon.WARNING.create(), new Div(new H2(HEADING),
                new Paragraph("These keys were found in a public place, where anyone could copy them, so Keydesk "
                        + "deactivated them. Requests that use them are refused."),
                keys, new Paragraph("What to do:"), steps));
    }
}
