package dev.keydesk.leak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;

/** With the JSON mapper Spring Boot configures, the one the application injects. */
@SpringBootTest(classes = {JacksonAutoConfiguration.class, ReportParser.class})
class ReportParserTest {

    @Autowired
    ReportParser parser;

    @Test
    void a_github_report_is_read_with_unknown_fields_ignored() {
        assertThat(parser.parse(bytes("""
                [{"token":"t1","type":"keydesk_api_key","url":"https://x.example/a","source":"commit","extra":1},
                 {"token":"t2","type":"keydesk_api_key"}]""")))
                .containsExactly(new ReportedToken("t1", "keydesk_api_key", "https://x.example/a", "commit"),
                        new ReportedToken("t2", "keydesk_api_key", null, null));
    }

    @Test
    void an_empty_report_is_an_empty_list() {
        assertThat(parser.parse(bytes("[]"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "not json", "{\"token\":\"t\",\"type\":\"x\"}", "[1]", "[{\"type\":\"x\"}]",
            "[{\"token\":\"t\"}]", "[{\"token\":5,\"type\":\"x\"}]", "[{\"token\":\"\",\"type\":\"x\"}]",
            "[{\"token\":\"t\",\"type\":\"x\"}] trailing", "[{\"token\":\"t\",\"type\":\"x\"}"})
    void malformed_reports_are_refused(String body) {
        assertThatThrownBy(() -> parser.parse(bytes(body))).isInstanceOf(MalformedReportException.class);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
