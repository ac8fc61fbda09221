package dev.keydesk.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error pages: a heading, a sentence, the way back, and the HTTP status that goes with them.
 * Abstract, so Vaadin registers only the concrete views, one per exception type.
 */
abstract class ErrorView<E extends Exception> extends Composite<Div> implements HasErrorParameter<E> {

    static final Page ACCESS_DENIED = new Page("Access denied", "You do not have access to this page.",
            HttpServletResponse.SC_FORBIDDEN);

    private Page page;

    ErrorView(Page page) {
        this.page = page;
    }

    /** The page to show for this error; the one given to the constructor unless a view decides per error. */
    Page choose(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        return page;
    }

    @Override
    public final int setErrorParameter(BeforeEnterEvent event, ErrorParameter<E> parameter) {
        page = choose(event, parameter);
        return page.status();
    }

    /** Built once the router has called setErrorParameter, so it shows the page chosen there. */
    @Override
    protected Div initContent() {
        Anchor home = new Anchor("", "Go to your start page");
        Div content = new Div(new H1(page.heading()), new Paragraph(page.text()), home);
        content.addClassNames("page", "error-page");
        return content;
    }

    record Page(String heading, String text, int status) {
    }
}
