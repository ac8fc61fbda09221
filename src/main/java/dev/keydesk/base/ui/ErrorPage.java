package dev.keydesk.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/** The body of the error pages: a heading, a sentence, and the way back. */
final class ErrorPage {

    private ErrorPage() {
    }

    static Div of(String heading, String text) {
        Anchor home = new Anchor("", "Go to your start page");
        Div page = new Div(new H1(heading), new Paragraph(text), home);
        page.addClassNames("page", "error-page");
        return page;
    }
}
