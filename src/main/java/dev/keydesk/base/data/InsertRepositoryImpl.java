package dev.keydesk.base.data;

import org.springframework.data.jdbc.core.JdbcAggregateOperations;

class InsertRepositoryImpl<T> implements InsertRepository<T> {

    private final JdbcAggregateOperations template;

    InsertRepositoryImpl(JdbcAggregateOperations template) {
        this.template = template;
    }

    @Override
    public T insert(T aggregate) {
        return template.insert(aggregate);
    }
}
