package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DuplicateKeyException;

class BootstrapSupportUserTest {

    private final UserProvisioning provisioning = mock(UserProvisioning.class);
    private final PasswordPolicy passwords = new PasswordPolicy();

    private void start(String username, String password) {
        new BootstrapSupportUser(provisioning, passwords, new BootstrapSupportProperties(username, password))
                .createIfMissing();
    }

    @Test
    void the_configured_support_user_is_created_when_there_is_none() {
        when(provisioning.hasSupportUser()).thenReturn(false);
        start(" ops-support ", "a-long-bootstrap-secret");
        verify(provisioning).createSupportUser("ops-support", "a-long-bootstrap-secret");
    }

    @Test
    void nothing_is_created_when_a_support_user_exists() {
        when(provisioning.hasSupportUser()).thenReturn(true);
        start("ops-support", "a-long-bootstrap-secret");
        verify(provisioning, never()).createSupportUser(anyString(), anyString());
    }

    @Test
    void nothing_is_created_without_configuration() {
        when(provisioning.hasSupportUser()).thenReturn(false);
        start("", "");
        verify(provisioning, never()).createSupportUser(anyString(), anyString());
    }

    @Test
    void a_support_user_created_meanwhile_by_another_node_does_not_fail_the_start() {
        when(provisioning.hasSupportUser()).thenReturn(false);
        doThrow(new DuplicateKeyException("app_user_username_key")).when(provisioning)
                .createSupportUser("ops-support", "a-long-bootstrap-secret");

        assertThatNoException().isThrownBy(() -> start("ops-support", "a-long-bootstrap-secret"));
    }

    @Test
    void a_weak_bootstrap_password_fails_the_start_without_revealing_it() {
        when(provisioning.hasSupportUser()).thenReturn(false);
        assertThatThrownBy(() -> start("ops-support", "qwerty123456"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD")
                .hasMessageNotContaining("qwerty123456");
        verify(provisioning, never()).createSupportUser(anyString(), anyString());
    }
}
