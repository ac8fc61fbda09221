package dev.keydesk.leak;

/** A signed report whose body is not a list of tokens in the expected format. */
class MalformedReportException extends RuntimeException {

    MalformedReportException(String message) {
        super(message);
    }
}
