package dev.keydesk.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

class AbsoluteSessionTimeoutFilterTest {

    static final Duration TWELVE_HOURS = Duration.ofHours(12);

    @Test
    void a_session_younger_than_the_absolute_timeout_goes_on() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = page(session);
        MockFilterChain chain = new MockFilterChain();

        filterAt(Clock.offset(Clock.systemUTC(), TWELVE_HOURS.minusMinutes(1))).doFilter(request,
                new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isFalse();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void a_page_request_of_an_older_session_invalidates_it_and_goes_to_the_login() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();

        filterAt(Clock.offset(Clock.systemUTC(), TWELVE_HOURS.plusSeconds(1))).doFilter(page(session), response,
                chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(chain.getRequest()).isNull();
    }

    @Test
    void a_vaadin_request_of_an_older_session_goes_on_without_the_session() throws Exception {
        MockHttpSession session = new MockHttpSession();
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/");
        request.setParameter("v-r", "uidl");
        request.setSession(session);
        MockFilterChain chain = new MockFilterChain();

        filterAt(Clock.offset(Clock.systemUTC(), TWELVE_HOURS.plusSeconds(1))).doFilter(request,
                new MockHttpServletResponse(), chain);

        assertThat(session.isInvalid()).isTrue();
        assertThat(request.getSession(false)).isNull();
        assertThat(chain.getRequest()).isSameAs(request);
    }

    @Test
    void a_request_without_a_session_goes_on() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/login");
        MockFilterChain chain = new MockFilterChain();

        filterAt(Clock.systemUTC()).doFilter(request, new MockHttpServletResponse(), chain);

        assertThat(chain.getRequest()).isSameAs(request);
        assertThat(request.getSession(false)).isNull();
    }

    private static AbsoluteSessionTimeoutFilter filterAt(Clock clock) {
        return new AbsoluteSessionTimeoutFilter(TWELVE_HOURS, clock);
    }

    private static MockHttpServletRequest page(MockHttpSession session) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api-keys");
        request.setSession(session);
        return request;
    }
}
