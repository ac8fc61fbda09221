package dev.keydesk.apikey;

import java.util.Arrays;
import java.util.Optional;

/** The platform's model services a key may be allowed to call, with their API and display names. */
public enum PlatformService {
    TEXT_GENERATION("text-generation", "Text generation"),
    TEXT_TO_SPEECH("text-to-speech", "Text-to-speech"),
    SPEECH_TO_TEXT("speech-to-text", "Speech-to-text"),
    AGENTS("agents", "Agents");

    private final String apiName;
    private final String label;

    PlatformService(String apiName, String label) {
        this.apiName = apiName;
        this.label = label;
    }

    public String apiName() {
        return apiName;
    }

    public String label() {
        return label;
    }

    public static Optional<PlatformService> fromApiName(String name) {
        return Arrays.stream(values()).filter(service -> service.apiName.equals(name)).findFirst();
    }
}
