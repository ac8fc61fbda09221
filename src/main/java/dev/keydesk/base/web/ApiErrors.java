package dev.keydesk.base.web;

/** The errors the edge itself answers, before any controller sees the request. */
public final class ApiErrors {

    public static final ApiError BAD_REQUEST = new ApiError("bad_request",
            "The request was refused: check its path, method and headers.");
    public static final ApiError NOT_FOUND = new ApiError("not_found", "No such API endpoint.");
    public static final ApiError METHOD_NOT_ALLOWED = new ApiError("method_not_allowed",
            "This endpoint does not accept that HTTP method.");
    public static final ApiError UNSUPPORTED_MEDIA_TYPE = new ApiError("unsupported_media_type",
            "Send the body as JSON: 'Content-Type: application/json' (UTF-8).");

    private ApiErrors() {
    }

    /** The error for a status the server answered by itself (Tomcat's refusals). */
    public static ApiError forStatus(int status) {
        return switch (status) {
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 413 -> new ApiError("payload_too_large", "The request body is too large.");
            case 414 -> new ApiError("uri_too_long", "The request URL is too long.");
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 431 -> new ApiError("headers_too_large", "The request headers are too large.");
            default -> status >= 500
                    ? new ApiError("internal_error", "Something went wrong on our side. Please try again.")
                    : BAD_REQUEST;
        };
    }
}
