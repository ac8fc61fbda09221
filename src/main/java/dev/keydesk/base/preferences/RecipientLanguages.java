package dev.keydesk.base.preferences;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import dev.keydesk.base.i18n.Languages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The language a mail's recipient reads (app_user.language, chosen or last seen): English when the address
 * belongs to nobody, or its owner has no language stored or one Keydesk does not speak. Mails call it with
 * no one signed in, so unlike {@link Preferences} it answers for any user; it only reads.
 */
@Service
public class RecipientLanguages {

    private final JdbcClient jdbc;

    RecipientLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The language of the user with this email address. */
    @Transactional(readOnly = true)
    public Locale ofAddress(String address) {
        return language(jdbc.sql("select language from app_user where lower(email) = lower(?) order by language")
                .param(address).query(String.class).list());
    }

    /** The language of the user with this id. */
    @Transactional(readOnly = true)
    public Locale ofUser(UUID userId) {
        return language(jdbc.sql("select language from app_user where id = ?").param(userId)
                .query(String.class).list());
    }

    /** The addresses grouped by their owners' languages, so each group gets one mail in its language. */
    @Transactional(readOnly = true)
    public Map<Locale, List<String>> byLanguage(List<String> addresses) {
        Map<Locale, List<String>> groups = new LinkedHashMap<>();
        for (String address : addresses) {
            groups.computeIfAbsent(ofAddress(address), language -> new ArrayList<>()).add(address);
        }
        return groups;
    }

    private static Locale language(List<String> stored) {
        return stored.stream().map(Languages::fromTag).flatMap(Optional::stream).findFirst()
                .orElse(Languages.ENGLISH);
    }
}
