package dev.keydesk.apikey.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.keydesk.apikey.ApiKeySummary;

/**
 * The warning at the top of the API Keys page while the account has keys that Keydesk deactivated
 * because they were found in public, with what to do about them. Gone once those keys are deleted.
 */
class DisclosureBanner extends Div {

    static final String HEADING = "Keys found publicly were deactivated";

    DisclosureBanner() {
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
            keys.add(new ListItem(new Span(key.name() + " (" + key.hint() + ")"), new Span(" \u2014 "),
                    FoundPublicly.of(key)));
        }
        OrderedList steps = new OrderedList(
                new ListItem("Generate a new key."),
                new ListItem("Update your integration to use the new key."),
                new ListItem("Delete the old key, and remove it from wherever it was published."));
        add(VaadinIcon.WARNING.create(), new Div(new H2(HEADING),
                new Paragraph("These keys were found in a public place, where anyone could copy them, so Keydesk "
                        + "deactivated them. Requests that use them are refused."),
                keys, new Paragraph("What to do:"), steps));
    }
}
