package dev.keydesk.usage;

/** A request with more events than {@link UsageIngestion#MAX_EVENTS}: refused whole, nothing counted. */
public class TooManyEventsException extends RuntimeException {

    TooManyEventsException(int size) {
        super("A request may carry at most " + UsageIngestion.MAX_EVENTS + " events; this one has " + size
                + ". Split it into smaller requests; nothing of this one was counted.");
    }
}
