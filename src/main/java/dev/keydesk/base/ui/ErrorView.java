package dev.keydesk.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The error pages: inside the app frame (navigation, user menu), with a heading, a sentence, the way back,
 * a real browser title, and the HTTP status that goes with them. Abstract, so Vaadin registers only the
 * concrete views, one per exception type.
 */
@ParentLayout(MainLayout.class)
abstract class ErrorView<E extends Exception> extends Composite<Div>
        implements HasErrorParameter<E>, HasTranslatedTitle {

    static final Page ACCESS_DENIED = new Page("shell.error.access-denied", HttpServletResponse.SC_FORBIDDEN);

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

    @Override
    public String titleKey() {
        return page.key() + ".title";
    }

    /** Built once the router has called setErrorParameter, so it shows the page chosen there. */
    @Override
    protected Div initContent() {
        Anchor home = new Anchor("", getTranslation("shell.error.home"));
        Div content = new Div(new H1(getTranslation(page.key() + ".title")),
                new Paragraph(getTranslation(page.key() + ".text")), home);
        content.addClassNames("page", "error-page");
        return content;
    }

    /** {@code key}.title and {@code key}.text are the page's heading and sentence. */
    record Page(String key, int status) {
    }
}
