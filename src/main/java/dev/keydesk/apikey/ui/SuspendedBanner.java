package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Shown to the members of an account that support suspended: nothing works until it is reactivated. */
class SuspendedBanner extends Div {

    SuspendedBanner(String supportContact) {
        addClassName("disclosure-banner");
        getElement().setAttribute("role", "alert");
        add(VaadinIcon.BAN.create(), new Div(new H2(getTranslation("apikeys.suspended.title")),
                new Paragraph(getTranslation("apikeys.suspended.text", supportContact))));
    }
}
