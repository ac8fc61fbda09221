package dev.keydesk.sessions.ui;

import java.util.List;

import com.vaadin.flow.component.badge.Badge;
import com.vaadin.flow.component.badge.BadgeVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.spring.annotation.SpringComponent;
import dev.keydesk.base.ui.Notifications;
import dev.keydesk.base.ui.Times;
import dev.keydesk.sessions.ActiveSession;
import dev.keydesk.sessions.SignInSessions;
import org.springframework.beans.factory.config.ConfigurableBeanFactory;
import org.springframework.context.annotation.Scope;

/** "Active sessions" on the Security page: where the person is signed in, and "Sign out other sessions". */
@SpringComponent
@Scope(ConfigurableBeanFactory.SCOPE_PROTOTYPE)
public class SessionsSection extends Div {

    private final SignInSessions sessions;
    private final UnorderedList list = new UnorderedList();
    private final Button signOutOthers = new Button();

    SessionsSection(SignInSessions sessions) {
        this.sessions = sessions;
        addClassName("security-section");
        Paragraph intro = new Paragraph(getTranslation("sessions.intro"));
        intro.addClassName("page-intro");
        list.addClassName("session-list");
        signOutOthers.setText(getTranslation("sessions.sign-out-others"));
        signOutOthers.addClickListener(click -> signOutOthers());
        add(new H2(getTranslation("sessions.title")), intro, list, signOutOthers);
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<ActiveSession> mine = sessions.mine();
        mine.forEach(session -> list.add(item(session)));
        signOutOthers.setEnabled(mine.stream().anyMatch(session -> !session.current()));
    }

    private ListItem item(ActiveSession session) {
        Span browser = new Span(session.browser()
                .map(found -> found.system().isEmpty() ? found.name()
                        : getTranslation("sessions.browser-on-system", found.name(), found.system()))
                .orElseGet(() -> getTranslation("sessions.unknown-browser")));
        browser.addClassName("session-browser");
        Div title = new Div(browser);
        title.addClassName("session-title");
        if (session.current()) {
            Badge current = new Badge(getTranslation("sessions.this-session"));
            current.addThemeVariants(BadgeVariant.SUCCESS);
            title.add(current);
        }
        Div facts = new Div(new Span(getTranslation("sessions.signed-in") + " "), Times.absolute(session.createdAt()),
                new Span(" \u00b7 " + getTranslation("sessions.last-seen") + " "),
                Times.relative(session.lastSeenAt(), ""),
                new Span(session.clientAddress() == null ? "" : " \u00b7 " + session.clientAddress()));
        facts.addClassName("session-facts");
        ListItem item = new ListItem(title, facts);
        item.addClassName("session");
        return item;
    }

    private void signOutOthers() {
        int signedOut = sessions.signOutOthers();
        Notifications.success(getTranslation(signedOut == 1 ? "sessions.signed-out-one" : "sessions.signed-out-many",
                signedOut));
        refresh();
    }
}
