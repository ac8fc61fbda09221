package dev.keydesk.base.web;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Scope;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one JSON mapper (Spring Boot's, with its customizers) reads strictly: a key twice in one object
 * is an error rather than "the last one wins", and nesting is capped far below what any request of
 * ours needs. Boot builds its mapper on a default factory, and read limits live in the factory, so
 * this builder replaces Boot's one and applies the same customizers.
 */
@Configuration
class JsonConfiguration {

    /** Our deepest request body ({@code {"events": [{…}]}}) nests three levels. */
    static final int MAX_NESTING_DEPTH = 32;

    @Bean
    @Scope("prototype")
    JsonMapper.Builder jsonMapperBuilder(ObjectProvider<JsonMapperBuilderCustomizer> customizers) {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_NESTING_DEPTH).build())
                .build();
        JsonMapper.Builder builder = JsonMapper.builder(factory).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
        customizers.orderedStream().forEach(customizer -> customizer.customize(builder));
        return builder;
    }
}
