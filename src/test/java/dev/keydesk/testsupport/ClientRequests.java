package dev.keydesk.testsupport;

import java.util.function.Supplier;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** Runs a service call as if an HTTP request from a given client were being handled, as in the app. */
public final class ClientRequests {

    private ClientRequests() {
    }

    public static <T> T from(String remoteAddress, Supplier<T> call) {
        return from(remoteAddress, "localhost", call);
    }

    /** {@code host}: the Host header the client sent, which must never end up in a link Keydesk writes. */
    public static <T> T from(String remoteAddress, String host, Supplier<T> call) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/register");
        request.setRemoteAddr(remoteAddress);
        request.setServerName(host);
        request.addHeader("Host", host);
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        try {
            return call.get();
        } finally {
            RequestContextHolder.resetRequestAttributes();
        }
    }
}
