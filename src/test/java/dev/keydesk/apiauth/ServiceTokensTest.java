package dev.keydesk.apiauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.util.List;

import dev.keydesk.apikey.PlatformService;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class ServiceTokensTest {

    @Test
    void a_plain_token_may_report_for_every_service() {
        ServiceTokens tokens = tokens("plain-token-000000000000000000000001");

        assertThat(tokens.caller("plain-token-000000000000000000000001")).hasValueSatisfying(caller -> {
            assertThat(caller.boundService()).isEmpty();
            assertThat(caller.mayReportFor(PlatformService.AGENTS)).isTrue();
        });
    }

    @Test
    void a_token_written_service_equals_token_is_bound_to_that_service() {
        ServiceTokens tokens = tokens("speech-to-text=stt-token-0000000000000000000000002");

        ServiceCaller caller = tokens.caller("stt-token-0000000000000000000000002").orElseThrow();
        assertThat(caller.boundService()).contains(PlatformService.SPEECH_TO_TEXT);
        assertThat(caller.mayReportFor(PlatformService.SPEECH_TO_TEXT)).isTrue();
        assertThat(caller.mayReportFor(PlatformService.TEXT_GENERATION)).isFalse();
        assertThat(tokens.matches("speech-to-text=stt-token-0000000000000000000000002")).isFalse();
    }

    @Test
    void a_base64_token_with_padding_stays_a_plain_token() {
        ServiceTokens tokens = tokens("Q2hhbmdlTWUtMzItYnl0ZXMtb2YtcmFuZG9tbmVzcw==");

        assertThat(tokens.caller("Q2hhbmdlTWUtMzItYnl0ZXMtb2YtcmFuZG9tbmVzcw==")).hasValueSatisfying(
                caller -> assertThat(caller.boundService()).isEmpty());
    }

    @Test
    void an_unknown_service_name_stops_the_start_and_the_message_never_holds_the_token() {
        assertThatIllegalStateException()
                .isThrownBy(() -> tokens("text-generaton=secret-token-value-00000000000000003"))
                .withMessageContaining("text-generaton")
                .withMessageContaining("text-generation")
                .withMessageNotContaining("secret-token-value");
    }

    @Test
    void a_wrong_or_missing_token_matches_nothing() {
        ServiceTokens tokens = tokens("plain-token-000000000000000000000001", "agents=agents-token-00000000000000004");

        assertThat(tokens.caller("agents-token-0000000000000000000005")).isEmpty();
        assertThat(tokens.caller("")).isEmpty();
        assertThat(tokens.caller(null)).isEmpty();
    }

    private static ServiceTokens tokens(String... entries) {
        return new ServiceTokens(new ApiProperties(List.of(entries), 30, 100, DataSize.ofKilobytes(8)));
    }
}
