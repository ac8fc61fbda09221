package dev.keydesk.apikey;

import java.time.Instant;
import java.util.UUID;

import dev.keydesk.base.data.InsertRepository;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Changes are targeted UPDATEs, never whole-row saves, so a concurrent change is never overwritten:
 * a plain {@link Repository} offers no {@code save}, only the queries declared here and the insert.
 */
interface ApiKeyRepository extends Repository<ApiKey, UUID>, InsertRepository<ApiKey> {

    @Query("select count(*) from api_key where account_id = :accountId and status = 'ACTIVE'")
    int countActive(UUID accountId);

    @Query("""
            select count(*) > 0 from api_key
            where account_id = :accountId and name_key = :nameKey and id <> :exceptId""")
    boolean nameTaken(UUID accountId, String nameKey, UUID exceptId);

    @Modifying
    @Query("""
            update api_key set name = :name, name_key = :nameKey
            where id = :id and status <> 'DELETED'""")
    int rename(UUID id, String name, String nameKey);

    @Modifying
    @Query("""
            update api_key set status = 'DELETED', name_key = null, deleted_at = :now, deleted_by = :by
            where id = :id and status <> 'DELETED'""")
    int markDeleted(UUID id, Instant now, UUID by);
}
