package dev.keydesk.base.replica;

/** A write-ahead log position as PostgreSQL prints it ({@code 16/B374D848}), comparable across servers. */
record Lsn(long value) implements Comparable<Lsn> {

    static Lsn parse(String text) {
        int slash = text.indexOf('/');
        if (slash < 1) {
            throw new IllegalArgumentException("Not a WAL position: " + text);
        }
        return new Lsn((Long.parseLong(text.substring(0, slash), 16) << 32) | Long.parseLong(text.substring(slash + 1), 16));
    }

    boolean isBefore(Lsn other) {
        return compareTo(other) < 0;
    }

    @Override
    public int compareTo(Lsn other) {
        return Long.compareUnsigned(value, other.value);
    }
}
