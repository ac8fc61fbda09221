package dev.keydesk.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.FilterChain;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class RequestIdFilterTest {

    private final RequestIdFilter filter = new RequestIdFilter();
    private final AtomicReference<String> logged = new AtomicReference<>();
    private final FilterChain chain = (request, response) -> logged.set(MDC.get(RequestIdFilter.MDC_KEY));

    private MockHttpServletResponse call(String incoming) throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/ping");
        if (incoming != null) {
            request.addHeader("X-Request-Id", incoming);
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request, response, chain);
        return response;
    }

    @Test
    void a_sane_incoming_request_id_is_logged_and_echoed() throws Exception {
        MockHttpServletResponse response = call("lb-7f000001:1f90_0001");

        assertThat(response.getHeader("X-Request-Id")).isEqualTo("lb-7f000001:1f90_0001");
        assertThat(logged.get()).isEqualTo("lb-7f000001:1f90_0001");
    }

    @Test
    void a_request_without_an_id_gets_a_new_one_in_logs_and_response() throws Exception {
        MockHttpServletResponse response = call(null);

        assertThat(response.getHeader("X-Request-Id")).matches("[0-9a-f]{32}");
        assertThat(logged.get()).isEqualTo(response.getHeader("X-Request-Id"));
    }

    @Test
    void an_id_that_could_forge_log_lines_is_replaced() throws Exception {
        MockHttpServletResponse response = call("abc\nlevel=ERROR fake");

        assertThat(response.getHeader("X-Request-Id")).matches("[0-9a-f]{32}");
    }

    @Test
    void an_overlong_id_is_replaced() throws Exception {
        assertThat(call("a".repeat(129)).getHeader("X-Request-Id")).matches("[0-9a-f]{32}");
    }

    @Test
    void the_id_is_gone_from_the_thread_after_the_request() throws Exception {
        call("first-request");

        assertThat(MDC.get(RequestIdFilter.MDC_KEY)).isNull();
    }
}
