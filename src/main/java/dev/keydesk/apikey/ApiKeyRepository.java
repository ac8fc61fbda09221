package dev.keydesk.apikey;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.base.data.InsertRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jdbc.repository.query.Modifying;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.Repository;

/**
 * Changes are targeted UPDATEs, never whole-row saves, so a concurrent change is never overwritten:
 * a plain {@link Repository} offers no {@code save}, only the queries declared here and the insert.
 */
interface ApiKeyRepository extends Repository<ApiKey, UUID>, InsertRepository<ApiKey> {

    /** Keys that count towards the limit: active and not expired. */
    @Query("""
            select count(*) from api_key
            where account_id = :accountId and status = 'ACTIVE' and (expires_at is null or expires_at > :now)""")
    int countActive(UUID accountId, Instant now);

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

    /** Locks the key's row until commit; empty once deleted. */
    @Query("select secret_version from api_key where id = :id and status <> 'DELETED' for update")
    Optional<Integer> lockSecretVersion(UUID id);

    /** A roll: the new secret's hint, the next version, and active again (a leaked key's roll). */
    @Modifying
    @Query("""
            update api_key set hint = :hint, secret_version = secret_version + 1, status = 'ACTIVE',
                               deactivated_at = null, deactivation_reason = null, leak_url = null, leak_source = null
            where id = :id and secret_version = :version and status <> 'DELETED'""")
    int rolled(UUID id, String hint, int version);

    @Modifying
    @Query("""
            update api_key set permission_preset = :preset, text_generation_access = :textGeneration,
                               text_to_speech_access = :textToSpeech, speech_to_text_access = :speechToText,
                               agents_access = :agents, allowed_ips = :allowedIps
            where id = :id and status <> 'DELETED'""")
    int changeAccess(UUID id, String preset, String textGeneration, String textToSpeech, String speechToText,
            String agents, @Nullable String allowedIps);

    @Modifying
    @Query("update api_key set expires_at = :expiresAt where id = :id and status <> 'DELETED'")
    int changeExpiration(UUID id, Instant expiresAt);
}
