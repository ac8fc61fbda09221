package dev.keydesk.usage;

/** An event that was not counted: its position in the request, a stable code and a sentence for people. */
public record Rejection(int index, String error, String message) {
}
