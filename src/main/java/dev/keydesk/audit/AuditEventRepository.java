package dev.keydesk.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.keydesk.base.data.InsertRepository;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Insert and read only: the activity log is append-only, so no update or delete is exposed, except
 * the removal of old client details that the retention time asks for.
 */
interface AuditEventRepository extends Repository<AuditEvent, UUID>, InsertRepository<AuditEvent> {

    @Query("""
            select * from audit_event where account_id = :accountId
            order by occurred_at desc, id limit :limit offset :offset""")
    List<AuditEvent> page(UUID accountId, long offset, int limit);

    @Query("select count(*) from audit_event where account_id = :accountId")
    long count(UUID accountId);

    /** Clears address and user agent of up to {@code batch} rows older than the cutoff; nothing else. */
    @Modifying
    @Query("""
            update audit_event set remote_address = null, user_agent = null
            where id in (select id from audit_event where occurred_at < :cutoff
                         and (remote_address is not null or user_agent is not null) limit :batch)""")
    int forgetClientDetails(Instant cutoff, int batch);
}
