package dev.keydesk.base.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class EdgeRulesTest {

    @ParameterizedTest
    @ValueSource(strings = {"application/json", "application/json;charset=utf-8", "application/json; charset=UTF-8",
            "Application/JSON; charset=\"utf-8\""})
    void json_in_utf_8_is_a_json_body(String contentType) {
        assertThat(JsonBodyFilter.isJson(contentType)).isTrue();
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "text/plain", "application/json; charset=bogus", "application/json; charset=latin1",
            "application/x-www-form-urlencoded", "application/jsonp", "application/*", "not a type",
            "application/problem+json"})
    void anything_else_is_not(String contentType) {
        assertThat(JsonBodyFilter.isJson(contentType)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"/api/v1/me, true, true", "/api, true, true", "//api/v1/me, true, false",
            "/API/v1/me, true, false", "/api;x=y/v1, true, false", "/Api%2Fv1, true, false",
            "/apiary, false, false", "/login, false, false", "/, false, false", "/api-keys, false, false"})
    void api_paths_and_their_look_alikes_are_told_apart(String path, boolean api, boolean canonical) {
        assertThat(ApiPaths.isApi(path)).isEqualTo(api);
        assertThat(ApiPaths.isCanonicalApi(path)).isEqualTo(canonical);
    }
}
