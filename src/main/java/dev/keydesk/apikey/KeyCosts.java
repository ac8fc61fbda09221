package dev.keydesk.apikey;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

/**
 * What each key of an account cost over the last 30 days (today included, UTC days), in USD, for the keys
 * grid: one query for the whole page. The usage feature implements it; apikey knows only this interface, so
 * usage may depend on apikey and never the other way round. Keys without usage are absent from the map.
 */
public interface KeyCosts {

    Map<UUID, BigDecimal> last30Days(UUID accountId);
}
