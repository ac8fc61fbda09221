package dev.keydesk.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import dev.keydesk.apikey.PlatformService;

/**
 * One day's usage of one key, service and unit (a roll-up row), with the key's current name. Service and unit
 * are wire names ({@code "text-generation"}, {@code "tokens"}).
 */
public record UsageRow(LocalDate date, UUID keyId, String keyName, boolean keyDeleted, String service, String unit,
        BigDecimal quantity, BigDecimal cost) {

    /** The service as people read it ("Text generation"); an unknown name is shown as it is. */
    public String serviceLabel() {
        return PlatformService.fromApiName(service).map(PlatformService::label).orElse(service);
    }
}
