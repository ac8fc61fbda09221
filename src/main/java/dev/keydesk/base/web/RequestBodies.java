package dev.keydesk.base.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;

/** Request bodies read with a hard cap before anything parses them, so a huge body costs no more than the cap. */
public final class RequestBodies {

    private RequestBodies() {
    }

    /** The raw body, or empty when it is larger than {@code maxBytes} (by its Content-Length or by what arrives). */
    public static Optional<byte[]> readAtMost(HttpServletRequest request, long maxBytes) throws IOException {
        if (request.getContentLengthLong() > maxBytes) {
            return Optional.empty();
        }
        byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        return body.length > maxBytes ? Optional.empty() : Optional.of(body);
    }
}
