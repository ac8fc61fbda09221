package dev.keydesk.signin.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.NavigationAccessControl;
import com.vaadin.flow.server.auth.NavigationContext;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contract, "Two-factor sign-in": a session that has proven only the password of an enrolled person opens
 * the code page and nothing else, whichever route it asks for; a policy that requires two-factor sign-in
 * leads a person without it to the Security page and nowhere else.
 */
class FactorGateTest extends GateTestBase {

    @Test
    void the_application_has_the_routes_this_test_walks() {
        complete("customer", false);
        assertThat(everyRoute()).contains("", "login", "api-keys", "activity", "usage", "account/security",
                "support/accounts", CodeView.PATH).hasSizeGreaterThan(10);
    }

    @Test
    void a_password_only_session_opens_the_code_page_whichever_route_it_asks_for() {
        TestCustomer customer = enrolledCustomer();
        passwordOnly(customer.username());

        for (String route : everyRoute()) {
            String reached = open(route);
            if (route.equals("login")) {
                assertThat(reached).as(route).isEqualTo("login");
            } else {
                assertThat(reached).as(route).isEqualTo(CodeView.PATH);
                assertThat(getCurrentView()).as(route).isInstanceOf(CodeView.class);
            }
        }
    }

    @Test
    void a_password_only_session_of_support_staff_opens_the_code_page_whichever_route_it_asks_for() {
        String support = newSupportUser();
        factors.enrol(userId(support), CODE);
        passwordOnly(support);

        for (String route : everyRoute()) {
            if (!route.equals("login")) {
                assertThat(open(route)).as(route).isEqualTo(CodeView.PATH);
            }
        }
        assertThat(find(Grid.class).exists()).isFalse();
    }

    /** Without the listener that leads to the code page, Vaadin's own access control refuses every other view. */
    @Test
    void vaadins_navigation_access_control_denies_every_other_view_to_a_password_only_session(
            @Autowired NavigationAccessControl accessControl) {
        TestCustomer customer = enrolledCustomer();
        passwordOnly(customer.username());

        for (String route : everyRoute()) {
            AccessCheckDecision decision = decision(accessControl, route);
            assertThat(decision).as(route).isEqualTo(route.equals("login") || route.equals(CodeView.PATH)
                    ? AccessCheckDecision.ALLOW : AccessCheckDecision.DENY);
        }
        complete(customer.username(), true);
        assertThat(decision(accessControl, "api-keys")).isEqualTo(AccessCheckDecision.ALLOW);
    }

    private static AccessCheckDecision decision(NavigationAccessControl accessControl, String route) {
        Class<? extends Component> target = RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow();
        NavigationContext context = accessControl.createNavigationContext(target, route, VaadinService.getCurrent(),
                VaadinRequest.getCurrent());
        return accessControl.checkAccess(context, true).decision();
    }

    @Test
    void a_complete_session_opens_its_pages_and_never_the_code_page() {
        TestCustomer customer = enrolledCustomer();
        complete(customer.username(), true);

        assertThat(open("api-keys")).isEqualTo("api-keys");
        assertThat(open("account/security")).isEqualTo("account/security");
        assertThat(open("activity")).isEqualTo("activity");
    }

    @Test
    void a_member_of_an_account_that_requires_two_factor_is_led_to_the_security_page_from_every_route() {
        TestCustomer member = accounts.newCustomer();
        jdbc.sql("update account set require_two_factor = true where id = ?").param(member.accountId()).update();
        complete(member.username(), false);

        for (String route : everyRoute()) {
            String reached = open(route);
            assertThat(reached).as(route).isIn(route.equals("login") ? List.of("login") : List.of("account/security"));
        }
        assertThat(texts()).anyMatch(text -> text.startsWith("Your account requires two-factor authentication"));
    }

    @Test
    void once_the_member_has_two_factor_the_requirement_lets_them_through() {
        TestCustomer member = accounts.newCustomer();
        jdbc.sql("update account set require_two_factor = true where id = ?").param(member.accountId()).update();
        complete(member.username(), false);
        assertThat(open("api-keys")).isEqualTo("account/security");

        factors.enrol(member.userId(), CODE);

        assertThat(open("api-keys")).isEqualTo("api-keys");
    }

    @Test
    void support_staff_without_two_factor_reach_only_the_security_page_under_the_prod_policy() {
        String support = newSupportUser();
        complete(support, false);

        for (String route : everyRoute()) {
            String reached = open(route);
            assertThat(reached).as(route).isIn(route.equals("login") ? List.of("login") : List.of("account/security"));
        }
        assertThat(open("support/accounts")).isEqualTo("account/security");
        assertThat(texts()).anyMatch(text -> text.startsWith("Support staff must use two-factor authentication"));
        assertThat(find(Grid.class).exists()).isFalse();
    }

    @Test
    void support_staff_signed_in_with_two_factor_reach_the_console() {
        String support = newSupportUser();
        factors.enrol(userId(support), CODE);
        complete(support, true);

        assertThat(open("support/accounts")).isEqualTo("support/accounts");
        assertThat(find(Grid.class).exists()).isTrue();
    }

    @Test
    void demo_customers_without_two_factor_sign_in_in_one_step() {
        complete("customer", false);

        assertThat(open("api-keys")).isEqualTo("api-keys");
    }

    private List<String> texts() {
        return find(Paragraph.class).all().stream().map(Paragraph::getText).toList();
    }
}
