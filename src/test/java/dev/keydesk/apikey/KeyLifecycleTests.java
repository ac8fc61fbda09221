package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import dev.keydesk.apikey.KeyPermissions.Preset;
import dev.keydesk.apikey.KeyVerification.Code;
import dev.keydesk.testsupport.Concurrently;
import dev.keydesk.testsupport.KeyTables;
import dev.keydesk.testsupport.SignedIn;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import dev.keydesk.testsupport.TestClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Rolls, expiration, permissions and addresses through the real services, on the database of the
 * subclass (H2 or PostgreSQL), with a clock the tests move.
 */
abstract class KeyLifecycleTests {

    static final KeyPermissions TEXT_WRITE = KeyPermissions.restricted(Map.of(PlatformService.TEXT_GENERATION,
            Access.WRITE));

    @Autowired
    ApiKeyService keys;
    @Autowired
    KeyRolls rolls;
    @Autowired
    SupportKeyActions supportActions;
    @Autowired
    KeyVerifier verifier;
    @Autowired
    TestClock clock;

    @Autowired
    SignedIn signedIn;
    @Autowired
    TestAccounts accounts;
    @Autowired
    KeyTables tables;

    TestCustomer customer;

    @BeforeEach
    void newCustomer() {
        clock.set(Instant.now());
        customer = accounts.newCustomer();
    }

    @Test
    void a_roll_keeps_the_keys_id_name_settings_and_history_and_changes_only_the_secret() {
        NewApiKey key = generate(new KeyRequest("Billing", Expiration.DAYS_30, null, Preset.RESTRICTED,
                TEXT_WRITE.access(), "203.0.113.0/24"));

        NewApiKey rolled = roll(key, RollGrace.HOUR_1);

        assertThat(rolled.key().id()).isEqualTo(key.key().id());
        assertThat(rolled.secret()).isNotEqualTo(key.secret());
        assertThat(rolled.key().hint()).isEqualTo(KeyFormat.hint(rolled.secret()));
        assertThat(rolled.key()).usingRecursiveComparison()
                .comparingOnlyFields("name", "accountId", "createdAt", "expiresAt", "permissions", "allowedIps", "status")
                .isEqualTo(key.key());
        assertThat(rolled.key().secretVersion()).isEqualTo(key.key().secretVersion() + 1);
        assertThat(tables.auditRowsOfKey(key.key().id())).extracting(row -> row.get("action"))
                .containsExactlyInAnyOrder("KEY_CREATED", "KEY_ROLLED");
        assertThat(tables.auditRowsOfKey(key.key().id())).filteredOn(row -> "KEY_ROLLED".equals(row.get("action")))
                .singleElement().extracting(row -> row.get("details").toString()).asString()
                .startsWith("Old key expires: In 1 hour (");
    }

    @Test
    void the_old_secret_works_until_its_grace_ends_and_is_refused_as_expired_from_that_instant() {
        NewApiKey key = generate(KeyRequest.named("Graceful"));
        Instant rolledAt = clock.instant();
        NewApiKey rolled = roll(key, RollGrace.HOUR_1);

        assertThat(verifier.verify(key.secret()).keyId()).isEqualTo(key.key().id());
        assertThat(verifier.verify(rolled.secret()).keyId()).isEqualTo(key.key().id());
        assertThat(verifier.verify(key.secret()).key().expiresAt()).isEqualTo(rolledAt.plus(Duration.ofHours(1)));
        assertThat(rolled.key().oldSecretValidUntil(rolledAt)).isEqualTo(rolledAt.plus(Duration.ofHours(1)));

        clock.set(rolledAt.plus(Duration.ofHours(1)).minusMillis(1));
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.VALID);
        clock.set(rolledAt.plus(Duration.ofHours(1)));
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.EXPIRED);
        assertThat(verifier.verify(rolled.secret()).code()).isEqualTo(Code.VALID);
    }

    @Test
    void a_roll_now_refuses_the_old_secret_at_once() {
        NewApiKey key = generate(KeyRequest.named("Immediate"));
        NewApiKey rolled = roll(key, RollGrace.NOW);

        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.EXPIRED);
        assertThat(verifier.verify(rolled.secret()).code()).isEqualTo(Code.VALID);
    }

    @Test
    void a_second_roll_ends_the_grace_of_the_first_so_only_one_old_secret_works() {
        NewApiKey first = generate(KeyRequest.named("Twice"));
        NewApiKey second = roll(first, RollGrace.DAYS_7);
        NewApiKey third = roll(second, RollGrace.HOURS_24);

        assertThat(verifier.verify(first.secret()).code()).isEqualTo(Code.EXPIRED);
        assertThat(verifier.verify(second.secret()).code()).isEqualTo(Code.VALID);
        assertThat(verifier.verify(third.secret()).code()).isEqualTo(Code.VALID);
        assertThat(tables.secretRows(first.key().id())).hasSize(3);
    }

    @Test
    void of_two_concurrent_rolls_of_one_key_exactly_one_wins() throws Exception {
        NewApiKey key = generate(KeyRequest.named("Contested"));

        List<Object> outcomes = Concurrently.run(2, i -> () -> roll(key, RollGrace.HOURS_24));

        assertThat(outcomes).filteredOn(NewApiKey.class::isInstance).hasSize(1);
        assertThat(outcomes).filteredOn(KeyRollRefusedException.class::isInstance).singleElement()
                .extracting(e -> ((Exception) e).getMessage()).isEqualTo(KeyRolls.ROLLED_ELSEWHERE);
        assertThat(tables.secretRows(key.key().id())).hasSize(2);
    }

    @Test
    void an_active_key_rolls_at_the_limit() {
        accounts.setKeyLimit(customer.accountId(), 1);
        NewApiKey key = generate(KeyRequest.named("Only one"));

        assertThat(roll(key, RollGrace.HOURS_24).key().isActive()).isTrue();
    }

    @Test
    void a_deactivated_key_rolls_now_whatever_was_chosen_and_becomes_active_again() {
        NewApiKey key = generate(KeyRequest.named("Leaked"));
        tables.deactivate(key.key().id());

        NewApiKey rolled = roll(key, RollGrace.DAYS_7);

        assertThat(rolled.key().isActive()).isTrue();
        assertThat(rolled.key().leakUrl()).isNull();
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.EXPIRED);
        assertThat(verifier.verify(rolled.secret()).code()).isEqualTo(Code.VALID);
    }

    @Test
    void a_deactivated_key_needs_a_free_slot_to_roll() {
        accounts.setKeyLimit(customer.accountId(), 1);
        NewApiKey leaked = generate(KeyRequest.named("Leaked"));
        tables.deactivate(leaked.key().id());
        generate(KeyRequest.named("Replacement"));

        assertThatExceptionOfType(KeyRollRefusedException.class).isThrownBy(() -> roll(leaked, RollGrace.NOW))
                .withMessageContaining("needs a free slot");
        assertThat(tables.status(leaked.key().id())).isEqualTo("DEACTIVATED");
    }

    @Test
    void an_expired_key_is_refused_from_its_exact_instant_and_stops_counting_towards_the_limit() {
        accounts.setKeyLimit(customer.accountId(), 1);
        LocalDate tomorrow = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC).plusDays(1);
        NewApiKey key = generate(new KeyRequest("Short-lived", Expiration.CUSTOM, tomorrow, Preset.ALL, Map.of(), null));
        Instant expiresAt = Expiration.endOfDay(tomorrow);
        assertThat(key.key().expiresAt()).isEqualTo(expiresAt);
        assertThatExceptionOfType(KeyLimitReachedException.class)
                .isThrownBy(() -> generate(KeyRequest.named("Second")));

        clock.set(expiresAt.minusMillis(1));
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.VALID);
        clock.set(expiresAt);
        assertThat(verifier.verify(key.secret()).code()).isEqualTo(Code.EXPIRED);
        assertThat(signedIn.as(customer.username(), () -> keys.quota(customer.accountId())).active()).isZero();
        assertThat(generate(KeyRequest.named("Second")).key().isActive()).isTrue();
        assertThat(signedIn.as(customer.username(), () -> keys.listKeys(customer.accountId())))
                .extracting(k -> k.state(clock.instant())).contains(ApiKeySummary.KeyState.EXPIRED);
    }

    @Test
    void an_expired_key_cannot_be_rolled() {
        NewApiKey key = generate(new KeyRequest("Old", Expiration.DAYS_7, null, Preset.ALL, Map.of(), null));
        clock.advance(Duration.ofDays(9));

        assertThatExceptionOfType(KeyRollRefusedException.class).isThrownBy(() -> roll(key, RollGrace.NOW))
                .withMessage(KeyRolls.EXPIRED);
    }

    @Test
    void permissions_and_addresses_are_enforced_by_verification_and_changed_with_one_audit_row_each() {
        NewApiKey key = generate(new KeyRequest("Restricted", Expiration.NEVER, null, Preset.RESTRICTED,
                TEXT_WRITE.access(), "203.0.113.7"));
        assertThat(verify(key, PlatformService.TEXT_GENERATION, Access.WRITE, "203.0.113.7")).isEqualTo(Code.VALID);
        assertThat(verify(key, PlatformService.TEXT_GENERATION, Access.WRITE, "198.51.100.1"))
                .isEqualTo(Code.IP_NOT_ALLOWED);
        assertThat(verify(key, PlatformService.AGENTS, Access.READ, "203.0.113.7"))
                .isEqualTo(Code.INSUFFICIENT_PERMISSION);

        signedIn.as(customer.username(), () -> keys.changeAccess(key.key().id(), Preset.READ_ONLY, Map.of(), ""));

        assertThat(verify(key, PlatformService.AGENTS, Access.READ, null)).isEqualTo(Code.VALID);
        assertThat(verify(key, PlatformService.AGENTS, Access.WRITE, null)).isEqualTo(Code.INSUFFICIENT_PERMISSION);
        assertThat(tables.auditRowsOfKey(key.key().id())).extracting(row -> row.get("action"))
                .containsExactlyInAnyOrder("KEY_CREATED", "KEY_PERMISSIONS_CHANGED", "KEY_ADDRESSES_CHANGED");
    }

    @Test
    void support_brings_an_expiration_forward_with_a_reason_but_never_pushes_it_back() {
        NewApiKey key = generate(new KeyRequest("Suspicious", Expiration.DAYS_30, null, Preset.ALL, Map.of(), null));
        Instant now = clock.instant();

        ApiKeySummary changed = signedIn.as("support", () -> supportActions.setExpirationAsSupport(key.key().id(),
                SupportExpiry.HOURS_24, null, "Suspected misuse"));

        assertThat(changed.expiresAt()).isEqualTo(now.plus(Duration.ofHours(24)));
        assertThat(tables.auditRowsOfKey(key.key().id()))
                .filteredOn(row -> "KEY_EXPIRATION_CHANGED".equals(row.get("action"))).singleElement()
                .satisfies(row -> assertThat(row).containsEntry("reason", "Suspected misuse"));
        assertThatExceptionOfType(InvalidExpirationException.class).isThrownBy(() -> signedIn.as("support",
                () -> supportActions.setExpirationAsSupport(key.key().id(), SupportExpiry.DAYS_7, null, "Longer")))
                .withMessageContaining("only bring an expiration forward");
    }

    @Test
    void a_generate_with_a_bad_address_list_changes_nothing() {
        assertThatExceptionOfType(InvalidAllowedIpsException.class).isThrownBy(() -> generate(new KeyRequest("Bad",
                Expiration.NEVER, null, Preset.ALL, Map.of(), "10.0.0.1\nnot an address")));
        assertThat(tables.keyRows(customer.accountId())).isZero();
    }

    Code verify(NewApiKey key, PlatformService service, Access access, String clientIp) {
        return verifier.verify(key.secret(), AccessRequest.forService(service, access, clientIp)).code();
    }

    NewApiKey generate(KeyRequest request) {
        return signedIn.as(customer.username(), () -> keys.generate(customer.accountId(), request));
    }

    NewApiKey roll(NewApiKey key, RollGrace grace) {
        return signedIn.as(customer.username(), () -> rolls.roll(key.key().id(), key.key().secretVersion(), grace));
    }

}
