package dev.keydesk.testsupport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.1 over a plain socket, for what java.net.http refuses to send: a forged Host header, NUL bytes,
 * raw non-ASCII header bytes, two Authorization headers, TRACE. One request a connection.
 */
public final class RawHttp {

    private final int port;

    public RawHttp(int port) {
        this.port = port;
    }

    /** A request from its head lines (no CRLF at their ends) and an optional body. */
    public Response send(String requestLine, List<String> headers, byte[] body) {
        ByteArrayOutputStream request = new ByteArrayOutputStream();
        request.writeBytes(latin1(requestLine + "\r\n"));
        boolean hasHost = headers.stream().anyMatch(h -> h.regionMatches(true, 0, "Host:", 0, 5));
        if (!hasHost) {
            request.writeBytes(latin1("Host: localhost:" + port + "\r\n"));
        }
        for (String header : headers) {
            request.writeBytes(latin1(header + "\r\n"));
        }
        if (body.length > 0) {
            request.writeBytes(latin1("Content-Length: " + body.length + "\r\n"));
        }
        request.writeBytes(latin1("Connection: close\r\n\r\n"));
        request.writeBytes(body);
        return exchange(request.toByteArray());
    }

    public Response send(String requestLine, String... headers) {
        return send(requestLine, List.of(headers), new byte[0]);
    }

    /** Exactly these bytes, nothing added; written while the answer is read, as a server may answer early. */
    public Response exchange(byte[] request) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(60_000);
            OutputStream out = socket.getOutputStream();
            Thread writer = Thread.ofVirtual().start(() -> {
                try {
                    out.write(request);
                    out.flush();
                } catch (IOException serverClosedEarly) {
                    // The server answered and closed before reading everything (a body it refuses).
                }
            });
            byte[] answer = readAll(socket.getInputStream());
            writer.join(10_000);
            return Response.parse(answer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Sends the head and the first bytes of a body, then closes the connection: a client that gives up. */
    public void abandon(String head, byte[] partOfBody) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            OutputStream out = socket.getOutputStream();
            out.write(latin1(head));
            out.write(partOfBody);
            out.flush();
            Thread.sleep(200);
            socket.setSoLinger(true, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                all.write(buffer, 0, n);
            }
        } catch (java.net.SocketException reset) {
            // A reset after the answer: keep what arrived.
        }
        return all.toByteArray();
    }

    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Status, headers (lower-case names, every value) and the body as UTF-8 (chunked bodies joined). */
    public record Response(int status, Map<String, List<String>> headers, String body) {

        static Response parse(byte[] raw) {
            String text = new String(raw, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (end < 0) {
                throw new IllegalStateException("No complete HTTP response: " + text);
            }
            String[] lines = text.substring(0, end).split("\r\n");
            int status = Integer.parseInt(lines[0].split(" ")[1]);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.computeIfAbsent(lines[i].substring(0, colon).toLowerCase(Locale.ROOT), k -> new ArrayList<>())
                        .add(lines[i].substring(colon + 1).strip());
            }
            byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
            if (headers.getOrDefault("transfer-encoding", List.of()).contains("chunked")) {
                body = unchunk(body);
            }
            return new Response(status, headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] unchunk(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = at;
                while (lineEnd + 1 < chunked.length && !(chunked[lineEnd] == '\r' && chunked[lineEnd + 1] == '\n')) {
                    lineEnd++;
                }
                int size = Integer.parseInt(new String(chunked, at, lineEnd - at, StandardCharsets.ISO_8859_1)
                        .split(";")[0].strip(), 16);
                if (size == 0) {
                    break;
                }
                body.write(chunked, lineEnd + 2, size);
                at = lineEnd + 2 + size + 2;
            }
            return body.toByteArray();
        }

        public Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }
    }
}
