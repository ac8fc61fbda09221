package dev.keydesk.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.sidenav.SideNav;
import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.BrowserlessTestBase;
import dev.keydesk.testsupport.UntranslatedText;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** Error pages sit in the app frame, with a real title, in the reader's language. */
class NotFoundViewTest extends BrowserlessTestBase {

    @Test
    @WithUserDetails("customer")
    void an_unknown_address_shows_a_plain_not_found_page_without_the_route_list() {
        navigate("no-such-page", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Page not found");
        assertThat(UI.getCurrent().getElement().getTextRecursively())
                .doesNotContain("api-keys", "support/accounts", "Exception");
    }

    @Test
    @WithUserDetails("customer")
    void the_not_found_page_is_inside_the_app_frame_with_a_title() {
        navigate("no-such-page", NotFoundView.class);

        assertThat(find(SideNav.class).all()).hasSize(1);
        assertThat(find(Main.class).single().getChildren()).singleElement().isInstanceOf(NotFoundView.class);
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found · Keydesk");
    }

    @Test
    @WithUserDetails("customer")
    void the_not_found_page_and_its_frame_read_in_brazilian_portuguese() {
        UI.getCurrent().setLocale(Languages.BRAZILIAN_PORTUGUESE);
        navigate("no-such-page", NotFoundView.class);

        assertThat(find(H1.class).single().getText()).isEqualTo("Página não encontrada");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Página não encontrada · Keydesk");
        UntranslatedText.assertNoneOnPage("customer");
    }

    @Test
    @WithUserDetails("customer")
    void the_scan_would_notice_the_english_page() {
        navigate("no-such-page", NotFoundView.class);

        assertThat(UntranslatedText.problems(UntranslatedText.texts(UI.getCurrent()), java.util.List.of("customer")))
                .anySatisfy(problem -> assertThat(problem).contains("Page not found"))
                .anySatisfy(problem -> assertThat(problem).contains("Log out"));
    }
}
