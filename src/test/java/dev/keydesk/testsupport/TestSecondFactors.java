package dev.keydesk.testsupport;

import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.keydesk.signin.SecondFactorCheck;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * Second factors the sign-in tests set: a user's current code and recovery codes, and how often a code was
 * checked (a locked second step must not check any). The real factors (TOTP, hashed recovery codes) have
 * their own tests in dev.keydesk.twofactor; these keep the sign-in tests about the sign-in. Import
 * {@link Config} to make it the application's {@link SecondFactorCheck}.
 */
public final class TestSecondFactors implements SecondFactorCheck {

    private final Map<UUID, String> codes = new ConcurrentHashMap<>();
    private final Map<UUID, Set<String>> recoveryCodes = new ConcurrentHashMap<>();
    private final AtomicInteger checks = new AtomicInteger();

    /** The user has two-factor sign-in; {@code code} is right until {@link #enrol} is called again. */
    public void enrol(UUID userId, String code, String... recovery) {
        codes.put(userId, code);
        Set<String> unused = ConcurrentHashMap.newKeySet();
        unused.addAll(Set.of(recovery));
        recoveryCodes.put(userId, unused);
    }

    public int checks() {
        return checks.get();
    }

    @Override
    public boolean isEnrolled(UUID userId) {
        return codes.containsKey(userId);
    }

    @Override
    public boolean verify(UUID userId, String code) {
        checks.incrementAndGet();
        return code.equals(codes.get(userId));
    }

    @Override
    public boolean useRecoveryCode(UUID userId, String code) {
        checks.incrementAndGet();
        Set<String> unused = recoveryCodes.get(userId);
        return unused != null && unused.remove(code);
    }

    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        @Primary
        TestSecondFactors testSecondFactors() {
            return new TestSecondFactors();
        }
    }
}
