package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.CrudRepository;

/** A disclosed key stays disabled: no UPDATE of a key may ever set it ACTIVE again. */
class DeactivationIsFinalTest {

    @Test
    void no_key_update_sets_a_key_active() {
        List<String> updates = Arrays.stream(ApiKeyRepository.class.getDeclaredMethods())
                .map(method -> method.getAnnotation(Query.class))
                .filter(query -> query != null)
                .map(query -> query.value().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "))
                .filter(sql -> sql.startsWith("update"))
                .toList();
        assertThat(updates).isNotEmpty()
                .allSatisfy(sql -> assertThat(sql.substring(0, sql.indexOf(" where ")))
                        .doesNotContain("status = 'active'"));
    }

    @Test
    void the_key_repository_offers_no_whole_row_save() {
        assertThat(CrudRepository.class.isAssignableFrom(ApiKeyRepository.class)).isFalse();
        assertThat(ApiKeyRepository.class.getMethods()).noneMatch(method -> method.getName().startsWith("save"));
    }
}
