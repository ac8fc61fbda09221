package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportParserTest {

    @Test
    void a_github_report_is_read_with_unknown_fields_ignored() {
        assertThat(ReportParser.parse(bytes("""
                [{"token":"t1","type":"keydesk_api_key","url":"https://x.example/a","source":"commit","extra":1},
                 {"token":"t2","type":"keydesk_api_key"}]""")))
                .containsExactly(new ReportedToken("t1", "keydesk_api_key", "https://x.example/a", "commit"),
                        new ReportedToken("t2", "keydesk_api_key", null, null));
    }

    @Test
    void an_empty_report_is_an_empty_list() {
        assertThat(ReportParser.parse(bytes("[]"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"token\":\"t\",\"type\":\"x\"}", "[1]", "[{\"type\":\"x\"}]",
            "[{\"token\":\"t\"}]", "[{\"token\":5,\"type\":\"x\"}]", "[{\"token\":\"\",\"type\":\"x\"}]",
            "[{\"token\":\"t\",\"type\":\"x\"}] trailing", "[{\"token\":\"t\",\"type\":\"x\"}"})
    void malformed_reports_are_refused(String body) {
        assertThatThrownBy(() -> ReportParser.parse(bytes(body))).isInstanceOf(MalformedReportException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
