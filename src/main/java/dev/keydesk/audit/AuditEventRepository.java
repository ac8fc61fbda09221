package dev.keydesk.audit;

import java.util.List;
import java.util.UUID;

import dev.keydesk.base.data.InsertRepository;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/** Insert and read only: the activity log is append-only, so no update or delete is exposed. */
interface AuditEventRepository extends Repository<AuditEvent, UUID>, InsertRepository<AuditEvent> {

    @Query("""
            select * from audit_event where account_id = :accountId
            order by occurred_at desc, id limit :limit offset :offset""")
    List<AuditEvent> page(UUID accountId, long offset, int limit);

    @Query("select count(*) from audit_event where account_id = :accountId")
    long count(UUID accountId);
}
