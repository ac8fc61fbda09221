package dev.keydesk.usage;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import dev.keydesk.account.AccountService;
import dev.keydesk.apikey.ApiKeyService;
import dev.keydesk.apikey.PlatformService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Demo keys with 30 days of plausible usage, so /usage and "Cost (30d)" are not empty on a first start
 * (default profile only). Runs once the demo users exist (after start-up), and only while the demo customers
 * have no keys and nothing was ever metered. The keys are generated like any key; their secrets are thrown
 * away, as a lost key's would be, so they can be looked at but never used.
 */
@Component
@ConditionalOnProperty(name = "keydesk.usage.demo-data", havingValue = "true")
class UsageDemoData {

    private static final Logger log = LoggerFactory.getLogger(UsageDemoData.class);
    private static final int DAYS = 30;

    /** Per demo customer: key names and, per key, its services with a day's typical quantity and unit price. */
    private static final Map<String, List<DemoKey>> KEYS = Map.of(
            "customer", List.of(
                    new DemoKey("Production", List.of(
                            new DemoUse(PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, 1_800_000, "0.0000025"),
                            new DemoUse(PlatformService.TEXT_TO_SPEECH, UsageUnit.CHARACTERS, 240_000, "0.000015"))),
                    new DemoKey("Staging", List.of(
                            new DemoUse(PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, 150_000, "0.0000025"))),
                    new DemoKey("Support agent", List.of(
                            new DemoUse(PlatformService.AGENTS, UsageUnit.REQUESTS, 900, "0.002"),
                            new DemoUse(PlatformService.SPEECH_TO_TEXT, UsageUnit.SECONDS, 5_400, "0.0001")))),
            "customer2", List.of(
                    new DemoKey("Web app", List.of(
                            new DemoUse(PlatformService.TEXT_GENERATION, UsageUnit.TOKENS, 600_000, "0.0000025"))),
                    new DemoKey("Call transcripts", List.of(
                            new DemoUse(PlatformService.SPEECH_TO_TEXT, UsageUnit.SECONDS, 20_000, "0.0001")))));

    private final UsageIngestion ingestion;
    private final UsageQueries queries;
    private final ApiKeyService keys;
    private final AccountService accounts;
    private final UserDetailsService users;
    private final SecurityContextHolderStrategy contexts;
    private final Clock clock;

    UsageDemoData(UsageIngestion ingestion, UsageQueries queries, ApiKeyService keys, AccountService accounts,
            UserDetailsService users, SecurityContextHolderStrategy contexts, Clock clock) {
        this.ingestion = ingestion;
        this.queries = queries;
        this.keys = keys;
        this.accounts = accounts;
        this.users = users;
        this.contexts = contexts;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void create() {
        if (queries.anyUsage()) {
            return;
        }
        Random random = new Random(20261201L);
        KEYS.forEach((username, demoKeys) -> asUser(username, () -> {
            UUID accountId = accounts.currentAccount().id();
            if (!keys.listKeys(accountId).isEmpty()) {
                return null;
            }
            List<UsageEvent> events = new ArrayList<>();
            for (DemoKey demoKey : demoKeys) {
                UUID keyId = keys.generate(accountId, demoKey.name()).key().id();
                demoKey.uses().forEach(use -> events.addAll(days(keyId, use, random)));
            }
            for (int from = 0; from < events.size(); from += UsageIngestion.MAX_EVENTS) {
                ingestion.ingest(events.subList(from, Math.min(events.size(), from + UsageIngestion.MAX_EVENTS)));
            }
            log.info("Created demo keys with {} days of usage for {}", DAYS, username);
            return null;
        }));
    }

    /** One event per hour-long slice of each of the last 30 days, with weekday/weekend rhythm and noise. */
    private List<UsageEvent> days(UUID keyId, DemoUse use, Random random) {
        List<UsageEvent> events = new ArrayList<>();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        for (int back = DAYS - 1; back >= 0; back--) {
            LocalDate day = today.minusDays(back);
            boolean weekend = day.getDayOfWeek().getValue() >= 6;
            double level = (weekend ? 0.45 : 1.0) * (0.75 + 0.5 * random.nextDouble()) * (1 + (DAYS - back) / 60.0);
            for (int slice = 0; slice < 4; slice++) {
                Instant at = day.atStartOfDay(ZoneOffset.UTC).toInstant().plusSeconds(slice * 6 * 3600L + 1800);
                if (at.isAfter(now)) {
                    break;
                }
                BigDecimal quantity = BigDecimal.valueOf(Math.round(use.perDay() * level / 4));
                BigDecimal cost = quantity.multiply(new BigDecimal(use.unitPrice())).setScale(6, RoundingMode.HALF_UP);
                events.add(new UsageEvent("demo-" + UUID.randomUUID(), keyId, use.service(), use.unit(), quantity,
                        cost, at));
            }
        }
        return events;
    }

    private <T> void asUser(String username, Supplier<T> work) {
        UserDetails user;
        try {
            user = users.loadUserByUsername(username);
        } catch (UsernameNotFoundException absent) {
            return;
        }
        // The application's own strategy, which CurrentActor reads (not the JVM-wide holder).
        SecurityContext previous = contexts.getContext();
        SecurityContext context = contexts.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        contexts.setContext(context);
        try {
            work.get();
        } finally {
            contexts.setContext(previous);
        }
    }

    private record DemoKey(String name, List<DemoUse> uses) {
    }

    private record DemoUse(PlatformService service, UsageUnit unit, long perDay, String unitPrice) {
    }
}
