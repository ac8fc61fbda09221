package dev.keydesk.base.preferences;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import dev.keydesk.base.i18n.Languages;
import dev.keydesk.testsupport.IntegrationTest;
import dev.keydesk.testsupport.TestAccounts;
import dev.keydesk.testsupport.TestAccounts.TestCustomer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Mails go out in the language stored for their recipient, English when none is known. */
@IntegrationTest
class RecipientLanguagesTest {

    @Autowired
    RecipientLanguages languages;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_stored_language_is_found_by_address_in_any_case_and_by_user() {
        TestCustomer customer = accounts.newCustomer();
        jdbc.sql("update app_user set language = 'pt-BR' where id = ?").param(customer.userId()).update();

        assertThat(languages.ofAddress(customer.username().toUpperCase() + "@EXAMPLE.COM"))
                .isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
        assertThat(languages.ofUser(customer.userId())).isEqualTo(Languages.BRAZILIAN_PORTUGUESE);
    }

    @Test
    void a_user_without_a_language_an_unknown_address_and_an_unknown_user_read_english() {
        TestCustomer customer = accounts.newCustomer();

        assertThat(languages.ofAddress(customer.username() + "@example.com")).isEqualTo(Languages.ENGLISH);
        assertThat(languages.ofUser(customer.userId())).isEqualTo(Languages.ENGLISH);
        assertThat(languages.ofAddress("nobody@example.invalid")).isEqualTo(Languages.ENGLISH);
        assertThat(languages.ofUser(UUID.randomUUID())).isEqualTo(Languages.ENGLISH);
    }

    @Test
    void addresses_are_grouped_by_their_owners_languages_in_the_order_given() {
        TestCustomer ana = accounts.newCustomer();
        TestCustomer bo = accounts.newCustomer();
        jdbc.sql("update app_user set language = 'pt-BR' where id = ?").param(ana.userId()).update();
        String anaAddress = ana.username() + "@example.com";
        String boAddress = bo.username() + "@example.com";

        assertThat(languages.byLanguage(List.of(boAddress, anaAddress, "nobody@example.invalid"))).isEqualTo(Map.of(
                Languages.ENGLISH, List.of(boAddress, "nobody@example.invalid"),
                Languages.BRAZILIAN_PORTUGUESE, List.of(anaAddress)));
    }
}
