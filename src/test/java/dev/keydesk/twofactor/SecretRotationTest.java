package dev.keydesk.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;

import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A new encryption key: secrets of the previous key are re-encrypted on start and keep working. */
@IntegrationTest
class SecretRotationTest {

    @Autowired
    FactorQueries queries;
    @Autowired
    TwoFactor twoFactor;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Value("${keydesk.encryption.key}")
    String currentKey;

    TestCustomer customer;
    byte[] secret = new byte[Totp.SECRET_BYTES];

    @BeforeEach
    void customerWithASecretOfTheOldKey() {
        customer = accounts.newCustomer();
        new SecureRandom().nextBytes(secret);
        String old = cipher(EncryptionKeysTest.OTHER_KEY, "").encrypt(secret, customer.userId());
        jdbc.sql("insert into user_second_factor (user_id, secret_encrypted, created_at, enabled_at) values (?, ?, ?, ?)")
                .params(customer.userId(), old, Instant.now().atOffset(ZoneOffset.UTC),
                        Instant.now().atOffset(ZoneOffset.UTC))
                .update();
    }

    @Test
    void with_the_previous_key_set_a_start_re_encrypts_old_secrets_with_the_current_key() {
        SecretCipher rotating = cipher(currentKey, EncryptionKeysTest.OTHER_KEY);

        SecretRotation.Result result = new SecretRotation(queries, rotating).rotate();

        assertThat(result.rotated()).isGreaterThanOrEqualTo(1);
        String stored = storedSecret();
        assertThat(rotating.isCurrent(stored)).isTrue();
        assertThat(cipher(currentKey, "").decrypt(stored, customer.userId())).isEqualTo(secret);
        AuthenticatorApp app = AuthenticatorApp.of(Base32.encode(secret));
        assertThat(twoFactor.verifyCode(customer.userId(), app.codeNow())).isTrue();
    }

    @Test
    void a_second_start_finds_nothing_left_to_rotate() {
        SecretCipher rotating = cipher(currentKey, EncryptionKeysTest.OTHER_KEY);
        new SecretRotation(queries, rotating).rotate();
        String once = storedSecret();

        new SecretRotation(queries, rotating).rotate();

        assertThat(storedSecret()).isEqualTo(once);
    }

    @Test
    void without_the_previous_key_an_old_secret_is_reported_and_left_as_it_was() {
        String before = storedSecret();

        SecretRotation.Result result = new SecretRotation(queries, cipher(currentKey, "")).rotate();

        assertThat(result.undecryptable()).isGreaterThanOrEqualTo(1);
        assertThat(storedSecret()).isEqualTo(before);
        assertThat(twoFactor.verifyCode(customer.userId(), "123456")).isFalse();
    }

    private String storedSecret() {
        return jdbc.sql("select secret_encrypted from user_second_factor where user_id = ?").param(customer.userId())
                .query(String.class).single();
    }

    private static SecretCipher cipher(String key, String previous) {
        return new SecretCipher(new EncryptionKeys(new EncryptionProperties(key, previous, Path.of("unused"))));
    }
}
