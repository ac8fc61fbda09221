package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What each kind of key may do, as verification decides it; every key but "All" fails closed. */
class PermissionResolutionTest {

    static final KeyPermissions RESTRICTED = KeyPermissions.restricted(Map.of(
            PlatformService.TEXT_GENERATION, Access.WRITE, PlatformService.SPEECH_TO_TEXT, Access.READ));

    @ParameterizedTest(name = "{0} key, service {1}, access {2}: {3}")
    @CsvSource(nullValues = "-", value = {
            "ALL,        -,               -,     true",
            "ALL,        AGENTS,          WRITE, true",
            "ALL,        TEXT_TO_SPEECH,  -,     true",
            "READ_ONLY,  AGENTS,          READ,  true",
            "READ_ONLY,  AGENTS,          WRITE, false",
            "READ_ONLY,  AGENTS,          -,     false",
            "READ_ONLY,  -,               READ,  false",
            "READ_ONLY,  -,               -,     false",
            "RESTRICTED, TEXT_GENERATION, WRITE, true",
            "RESTRICTED, TEXT_GENERATION, READ,  true",
            "RESTRICTED, SPEECH_TO_TEXT,  READ,  true",
            "RESTRICTED, SPEECH_TO_TEXT,  WRITE, false",
            "RESTRICTED, TEXT_TO_SPEECH,  READ,  false",
            "RESTRICTED, AGENTS,          READ,  false",
            "RESTRICTED, TEXT_GENERATION, -,     false",
            "RESTRICTED, -,               WRITE, false",
            "RESTRICTED, -,               -,     false"})
    void verification_allows_only_what_is_named_and_granted(String preset, PlatformService service, Access access,
            boolean allowed) {
        assertThat(permissions(preset).allows(service, access)).isEqualTo(allowed);
    }

    @Test
    void write_includes_read_and_none_includes_nothing() {
        assertThat(Access.WRITE.includes(Access.READ)).isTrue();
        assertThat(Access.READ.includes(Access.WRITE)).isFalse();
        assertThat(Access.NONE.includes(Access.READ)).isFalse();
    }

    @Test
    void the_customer_api_needs_read_or_write_on_any_service() {
        KeyPermissions agentsRead = KeyPermissions.restricted(Map.of(PlatformService.AGENTS, Access.READ));
        assertThat(agentsRead.allowsAny(Access.READ)).isTrue();
        assertThat(agentsRead.allowsAny(Access.WRITE)).isFalse();
        assertThat(KeyPermissions.readOnly().allowsAny(Access.WRITE)).isFalse();
        assertThat(KeyPermissions.all().allowsAny(Access.WRITE)).isTrue();
    }

    @Test
    void a_restricted_key_with_no_service_may_do_nothing_at_all() {
        KeyPermissions nothing = KeyPermissions.restricted(Map.of());
        assertThat(nothing.allowsAny(Access.READ)).isFalse();
        assertThat(nothing.allows(PlatformService.AGENTS, Access.READ)).isFalse();
        assertThat(nothing.summary()).isEqualTo("Restricted (0 of 4)");
    }

    @Test
    void presets_fix_every_service_whatever_was_passed() {
        assertThat(new KeyPermissions(KeyPermissions.Preset.READ_ONLY, Map.of(PlatformService.AGENTS, Access.WRITE))
                .byApiName()).containsExactly(Map.entry("text-generation", "read"), Map.entry("text-to-speech", "read"),
                        Map.entry("speech-to-text", "read"), Map.entry("agents", "read"));
        assertThat(KeyPermissions.all().byApiName()).containsValues("write").doesNotContainValue("read");
    }

    @Test
    void the_grid_summary_is_short_and_the_description_complete() {
        assertThat(KeyPermissions.all().summary()).isEqualTo("All");
        assertThat(KeyPermissions.readOnly().summary()).isEqualTo("Read only");
        assertThat(RESTRICTED.summary()).isEqualTo("Restricted (2 of 4)");
        assertThat(RESTRICTED.describe()).isEqualTo(
                "Text generation: Write, Text-to-speech: None, Speech-to-text: Read, Agents: None");
    }

    private static KeyPermissions permissions(String preset) {
        return switch (preset) {
            case "ALL" -> KeyPermissions.all();
            case "READ_ONLY" -> KeyPermissions.readOnly();
            default -> RESTRICTED;
        };
    }
}
