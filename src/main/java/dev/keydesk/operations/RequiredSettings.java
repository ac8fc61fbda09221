package dev.keydesk.operations;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.Profiles;

/**
 * Refuses to start the {@code prod} profile while a required variable is missing, naming every
 * missing one in one message (see {@link MissingSettingsFailureAnalyzer}), before any bean fails on
 * an unresolved placeholder. Runs right after the profile files are read.
 *
 * <p>The one list of what production needs is {@link #PRODUCTION}; a later setting is one more line there.
 */
public class RequiredSettings implements EnvironmentPostProcessor, Ordered {

    /** What the {@code prod} profile needs, in the order the message names it. */
    static final List<Requirement> PRODUCTION = List.of(
            Requirement.always("KEYDESK_DB_URL"),
            // Encrypts second-factor secrets; a generated key file is for the default profile only.
            Requirement.always("KEYDESK_ENCRYPTION_KEY"),
            // The first support user comes as a pair: a username without its password (or the reverse) is a mistake.
            Requirement.together("KEYDESK_BOOTSTRAP_SUPPORT_USERNAME", "KEYDESK_BOOTSTRAP_SUPPORT_PASSWORD"));

    @Override
    public int getOrder() {
        return ConfigDataEnvironmentPostProcessor.ORDER + 1;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!environment.acceptsProfiles(Profiles.of("prod"))) {
            return;
        }
        List<String> missing = missing(PRODUCTION, environment);
        if (!missing.isEmpty()) {
            throw new MissingSettingsException(missing);
        }
    }

    static List<String> missing(List<Requirement> requirements, ConfigurableEnvironment environment) {
        List<String> missing = new ArrayList<>();
        for (Requirement requirement : requirements) {
            missing.addAll(requirement.missingIn(environment));
        }
        return missing;
    }

    /**
     * Variables that must be set (not blank) together: all of them when {@code always}, otherwise
     * all of them as soon as one is. Read from the whole environment, so a system property or a
     * command-line argument of the same name counts too.
     */
    record Requirement(boolean always, List<String> names) {

        static Requirement always(String name) {
            return new Requirement(true, List.of(name));
        }

        static Requirement together(String... names) {
            return new Requirement(false, Arrays.asList(names));
        }

        List<String> missingIn(ConfigurableEnvironment environment) {
            List<String> absent = names.stream().filter(name -> isBlank(environment.getProperty(name))).toList();
            boolean needed = always || absent.size() < names.size();
            return needed ? absent : List.of();
        }

        private static boolean isBlank(@Nullable String value) {
            return value == null || value.isBlank();
        }
    }
}
