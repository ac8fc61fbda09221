package dev.keydesk.signin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import com.vaadin.flow.component.checkbox.Checkbox;
import dev.keydesk.signin.MemberTwoFactorRequirement;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** An account owner can require two-factor sign-in of every member, on the Security page. */
class MemberRequirementTest extends GateTestBase {

    static final String LABEL = "Require two-factor authentication for every member of this account";

    @Autowired
    MemberTwoFactorRequirement requirement;

    @Test
    void an_owner_with_two_factor_requires_it_of_every_member_and_the_activity_shows_it() {
        TestCustomer owner = enrolledCustomer();
        complete(owner.username(), true);
        open("account/security");

        test(find(Checkbox.class).withLabel(LABEL).single()).click();

        assertThat(required(owner.accountId())).isTrue();
        assertThat(jdbc.sql("select action from audit_event where account_id = ?").param(owner.accountId())
                .query(String.class).list()).containsExactly("TWO_FACTOR_REQUIRED_FOR_MEMBERS");
    }

    @Test
    void an_owner_without_two_factor_cannot_require_it_and_nothing_changes() {
        TestCustomer owner = accounts.newCustomer();
        complete(owner.username(), false);
        open("account/security");
        Checkbox box = find(Checkbox.class).withLabel(LABEL).single();

        test(box).click();

        assertThat(box.getValue()).isFalse();
        assertThat(required(owner.accountId())).isFalse();
    }

    @Test
    void a_member_who_is_not_the_owner_sees_no_switch_and_the_service_refuses() {
        TestCustomer owner = accounts.newCustomer();
        TestCustomer member = memberOf(owner.accountId());
        factors.enrol(member.userId(), CODE);
        complete(member.username(), true);
        open("account/security");

        assertThat(find(Checkbox.class).withLabel(LABEL).exists()).isFalse();
        assertThatThrownBy(() -> requirement.require(true)).isInstanceOf(AccessDeniedException.class);
        assertThat(required(owner.accountId())).isFalse();
    }

    @Test
    void support_staff_see_no_switch() {
        String support = newSupportUser();
        factors.enrol(userId(support), CODE);
        complete(support, true);
        open("account/security");

        assertThat(find(Checkbox.class).withLabel(LABEL).exists()).isFalse();
    }

    @Test
    void switching_it_off_lets_members_without_two_factor_through_again() {
        TestCustomer owner = enrolledCustomer();
        TestCustomer member = memberOf(owner.accountId());
        complete(owner.username(), true);
        requirement.require(true);
        complete(member.username(), false);
        assertThat(open("api-keys")).isEqualTo("account/security");

        complete(owner.username(), true);
        requirement.require(false);
        complete(member.username(), false);

        assertThat(open("api-keys")).isEqualTo("api-keys");
    }

    /** A new user who belongs to the account as a member (not its owner), and to no other account. */
    private TestCustomer memberOf(UUID accountId) {
        TestCustomer someone = accounts.newCustomer();
        jdbc.sql("delete from membership where user_id = ?").param(someone.userId()).update();
        jdbc.sql("insert into membership (user_id, account_id, role) values (?, ?, 'MEMBER')")
                .params(someone.userId(), accountId).update();
        return new TestCustomer(accountId, someone.userId(), someone.username());
    }

    private boolean required(UUID accountId) {
        return jdbc.sql("select require_two_factor from account where id = ?").param(accountId)
                .query(Boolean.class).single();
    }
}
