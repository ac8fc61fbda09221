package dev.keydesk.base.web;

import java.io.IOException;
import java.io.Writer;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's error pages: what Tomcat refuses before any filter runs (NUL bytes, encoded slashes, oversized
 * or broken headers, an unreadable request line) is answered in JSON under /api and when no path could
 * be read, and with Tomcat's bare page, without server details or stack traces, elsewhere.
 */
final class JsonErrorReportValve extends ErrorReportValve {

    private final JsonMapper json;

    JsonErrorReportValve(JsonMapper json) {
        this.json = json;
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        String path = rawPath(request);
        // No path at all: the request line itself was unreadable, so no browser page asked for it.
        if (status < 400 || response.getContentWritten() > 0 || !(path.isEmpty() || ApiPaths.isApi(path))) {
            super.report(request, response, throwable);
            return;
        }
        try {
            response.setContentType("application/json");
            response.setCharacterEncoding("utf-8");
            ResponseHeaders.api().forEach(response::setHeader);
            response.setHeader("Cache-Control", ResponseHeaders.NO_STORE);
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write(json.writeValueAsString(ApiErrors.forStatus(status)));
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response was already on its way: nothing more to tell it.
        }
    }

    /** The path as it arrived: an invalid URI (%00, %2F) is never decoded, so it is read raw. */
    private static String rawPath(Request request) {
        String uri = request.getCoyoteRequest().requestURI().toString();
        return uri == null ? "" : uri.strip();
    }
}
