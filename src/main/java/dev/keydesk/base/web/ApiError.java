package dev.keydesk.base.web;

/**
 * The JSON error body of every refusal under /api/**: {@code {"error": code, "message": text}}.
 * Controllers return it; filters, which run before any controller, write it with {@link ApiErrorWriter}.
 */
public record ApiError(String error, String message) {
}
