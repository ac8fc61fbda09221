package dev.keydesk.migration;

/** The copy was not started or was rolled back; the message says why and what to do. Nothing changed in the data. */
class MigrationRefusedException extends RuntimeException {

    MigrationRefusedException(String message) {
        super(message);
    }

    MigrationRefusedException(String message, Throwable cause) {
        super(message, cause);
    }
}
