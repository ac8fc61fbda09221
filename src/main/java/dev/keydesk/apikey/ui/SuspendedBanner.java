package dev.keydesk.apikey.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;

/** Shown to the members of an account that support suspended: nothing works until it is reactivated. */
class SuspendedBanner extends Div {

    static final String HEADING = "This account is suspended";

    SuspendedBanner(String supportContact) {
        addClassName("disclosure-banner");
        getElement().setAttribute("role", "alert");
        add(VaadinIcon.BAN.create(), new Div(new H2(HEADING),
                new Paragraph("Keydesk support suspended this account. Its API keys are refused, and keys cannot be "
                        + "generated or changed. To find out why and to have it reactivated, contact "
                        + supportContact + ".")));
    }
}
