package dev.keydesk.apikey;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's model services, by the names they use on the wire ({@code "text-generation"}) and the
 * labels people read. Usage is reported per service; service tokens may be bound to one.
 */
public enum ModelService {

    TEXT_GENERATION("text-generation", "Text generation"),
    TEXT_TO_SPEECH("text-to-speech", "Text-to-speech"),
    SPEECH_TO_TEXT("speech-to-text", "Speech-to-text"),
    AGENTS("agents", "Agents");

    private final String wireName;
    private final String label;

    ModelService(String wireName, String label) {
        this.wireName = wireName;
        this.label = label;
    }

    public String wireName() {
        return wireName;
    }

    public String label() {
        return label;
    }

    public static Optional<ModelService> ofWireName(String name) {
        return Arrays.stream(values()).filter(service -> service.wireName.equals(name)).findFirst();
    }
}
