package dev.keydesk.usage;

import java.util.List;

/**
 * What became of a request's events: counted now, already counted before (or earlier in the same request),
 * or rejected one by one.
 */
public record IngestResult(int accepted, int duplicates, List<Rejection> rejected) {

    public IngestResult {
        rejected = List.copyOf(rejected);
    }
}
