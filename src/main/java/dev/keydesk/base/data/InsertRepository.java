package dev.keydesk.base.data;

/**
 * Inserts an aggregate whose id the application chose. Spring Data JDBC's {@code save} treats
 * such an entity as an update, so new rows go through here.
 */
public interface InsertRepository<T> {

    T insert(T aggregate);
}
