package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/**
 * A disclosed secret stays refused: the only UPDATE that sets a key ACTIVE again is a roll's, which also
 * gives it a new secret (the old one is ended in key_secret in the same transaction, see KeyRollTest).
 */
class DeactivationIsFinalTest {

    @Test
    void only_an_update_that_replaces_the_secret_sets_a_key_active() {
        List<String> updates = Arrays.stream(ApiKeyRepository.class.getDeclaredMethods())
                .map(method -> method.getAnnotation(Query.class))
                .filter(query -> query != null)
                .map(query -> query.value().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .filter(sql -> sql.startsWith("update"))
                .toList();
        assertThat(updates).isNotEmpty()
                .filteredOn(sql -> sql.substring(0, sql.indexOf(" where ")).contains("status = 'active'"))
                .hasSize(1)
                .allSatisfy(sql -> assertThat(sql).contains("hint = :hint", "secret_version = secret_version + 1",
                        "where id = :id and secret_version = :version"));
    }

    @Test
    void the_key_repository_offers_no_whole_row_save() {
        assertThat(CrudRepository.class.isAssignableFrom(ApiKeyRepository.class)).isFalse();
        assertThat(ApiKeyRepository.class.getMethods()).noneMatch(method -> method.getName().startsWith("save"));
    }
}
