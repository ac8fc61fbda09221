package dev.keydesk.testsupport;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;

/** What the database holds about keys and their audit rows, read with plain SQL behind the services' back. */
public final class KeyTables {

    private final JdbcClient jdbc;

    public KeyTables(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every key row of the account, deleted ones included. */
    public int keyRows(UUID accountId) {
        return jdbc.sql("select count(*) from api_key where account_id = ?").param(accountId)
                .query(Integer.class).single();
    }

    public int activeKeys(UUID accountId) {
        return jdbc.sql("select count(*) from api_key where account_id = ? and status = 'ACTIVE'").param(accountId)
                .query(Integer.class).single();
    }

    public String name(UUID keyId) {
        return jdbc.sql("select name from api_key where id = ?").param(keyId).query(String.class).single();
    }

    public String status(UUID keyId) {
        return jdbc.sql("select status from api_key where id = ?").param(keyId).query(String.class).single();
    }

    public Map<String, Object> keyRow(UUID keyId) {
        return jdbc.sql("select * from api_key where id = ?").param(keyId).query().singleRow();
    }

    /** Deactivation has no service yet (it comes with leak reports); tests set it directly. */
    public void deactivate(UUID keyId) {
        jdbc.sql("update api_key set status = 'DEACTIVATED', deactivated_at = current_timestamp where id = ?")
                .param(keyId).update();
    }

    /** The SHA-256 of the key's current secret (the one without an end). */
    public String currentSecretHash(UUID keyId) {
        return jdbc.sql("select secret_hash from key_secret where key_id = ? and expires_at is null").param(keyId)
                .query(String.class).single();
    }

    /** Every secret row of the key: the current one and those rolls replaced. */
    public List<Map<String, Object>> secretRows(UUID keyId) {
        return jdbc.sql("select * from key_secret where key_id = ? order by created_at").param(keyId).query()
                .listOfRows();
    }

    public int auditRows(UUID accountId) {
        return jdbc.sql("select count(*) from audit_event where account_id = ?").param(accountId)
                .query(Integer.class).single();
    }

    public List<Map<String, Object>> auditRowsOfKey(UUID keyId) {
        return jdbc.sql("select * from audit_event where key_id = ? order by occurred_at, id").param(keyId)
                .query().listOfRows();
    }
}
