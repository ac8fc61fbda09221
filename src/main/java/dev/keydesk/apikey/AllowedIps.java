package dev.keydesk.apikey;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import inet.ipaddr.AddressStringParameters.RangeParameters;
import inet.ipaddr.IPAddress;
import inet.ipaddr.IPAddressString;
import inet.ipaddr.IPAddressStringParameters;
import inet.ipaddr.ipv6.IPv6Address;
import org.jspecify.annotations.Nullable;

/**
 * The addresses a key may be used from: IPv4 and IPv6 addresses and CIDR blocks, at most
 * {@link #MAX_ENTRIES}. Empty means any address. Parsing is strict (no ranges, wildcards, host names or
 * the old inet_aton forms such as "10.1"), so what a person typed is exactly what is enforced.
 */
public record AllowedIps(List<String> entries) {

    public static final int MAX_ENTRIES = 100;

    private static final IPAddressStringParameters STRICT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowMask(false).allowPrefixOnly(false)
            .allow_inet_aton(false).allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE)
            .getIPv4AddressParametersBuilder().allowLeadingZeros(false).getParentBuilder()
            .toParams();
    /** Client addresses as servlet containers and proxies write them; a zone id is tolerated there. */
    private static final IPAddressStringParameters CLIENT = new IPAddressStringParameters.Builder()
            .allowEmpty(false).allowAll(false).allowSingleSegment(false).allowPrefix(false).allowMask(false)
            .allow_inet_aton(false).allowWildcardedSeparator(false).setRangeOptions(RangeParameters.NO_RANGE)
            .toParams();

    public AllowedIps {
        entries = List.copyOf(entries);
    }

    public static AllowedIps any() {
        return new AllowedIps(List.of());
    }

    /** One entry a line; blank lines are ignored. Refuses invalid lines, duplicates and too many entries. */
    public static AllowedIps parse(@Nullable String text) {
        if (text == null || text.isBlank()) {
            return any();
        }
        List<String> entries = new ArrayList<>();
        Set<IPAddress> seen = new HashSet<>();
        int lineNumber = 0;
        for (String line : text.split("\\R")) {
            lineNumber++;
            String entry = line.strip();
            if (entry.isEmpty()) {
                continue;
            }
            IPAddress address = entry(entry, lineNumber);
            if (!seen.add(address)) {
                throw new InvalidAllowedIpsException("duplicate", "Line " + lineNumber + ": " + entry + " is listed twice.",
                        lineNumber, entry);
            }
            entries.add(address.toCanonicalString());
        }
        if (entries.size() > MAX_ENTRIES) {
            throw new InvalidAllowedIpsException("too-many", "List at most " + MAX_ENTRIES + " addresses or blocks (this "
                    + "list has " + entries.size() + "). Use CIDR blocks to cover ranges.", MAX_ENTRIES, entries.size());
        }
        return new AllowedIps(entries);
    }

    /** Entries as stored (one a line), or null for "any address". */
    public static AllowedIps fromStored(@Nullable String stored) {
        return stored == null || stored.isBlank() ? any() : new AllowedIps(List.of(stored.split("\n")));
    }

    public @Nullable String toStored() {
        return entries.isEmpty() ? null : String.join("\n", entries);
    }

    public boolean isAny() {
        return entries.isEmpty();
    }

    /**
     * Whether a client at this address may use the key. With a list, a missing or unreadable address is
     * refused (fail closed). An IPv4-mapped IPv6 address ({@code ::ffff:203.0.113.7}) is its IPv4 address.
     */
    public boolean allows(@Nullable String clientAddress) {
        if (entries.isEmpty()) {
            return true;
        }
        if (clientAddress == null || clientAddress.isBlank()) {
            return false;
        }
        IPAddress client = new IPAddressString(clientAddress.strip(), CLIENT).getAddress();
        if (client == null) {
            return false;
        }
        if (client instanceof IPv6Address v6) {
            client = v6.isIPv4Mapped() ? v6.getEmbeddedIPv4Address() : v6.removeZone();
        }
        for (String entry : entries) {
            IPAddress allowed = new IPAddressString(entry, STRICT).getAddress();
            if (allowed != null && allowed.contains(client)) {
                return true;
            }
        }
        return false;
    }

    public String describe() {
        return entries.isEmpty() ? "Any address" : String.join(", ", entries);
    }

    private static IPAddress entry(String text, int lineNumber) {
        IPAddress address = new IPAddressString(text, STRICT).getAddress();
        if (address == null || address.isMultiple() && !address.isSinglePrefixBlock()) {
            throw new InvalidAllowedIpsException("not-an-address", "Line " + lineNumber + ": \u201c" + text
                    + "\u201d is not an IPv4 or IPv6 address or CIDR block (e.g. 203.0.113.7 or 2001:db8::/32).",
                    lineNumber, text);
        }
        if (address.isPrefixed() && !address.isSinglePrefixBlock()) {
            IPAddress block = address.toPrefixBlock();
            throw new InvalidAllowedIpsException("not-block-start", "Line " + lineNumber + ": " + text + " is not the "
                    + "start of its block. Did you mean " + block.toCanonicalString() + "?", lineNumber, text,
                    block.toCanonicalString());
        }
        if (address instanceof IPv6Address v6 && v6.isIPv4Mapped() && !v6.isPrefixed()) {
            return v6.getEmbeddedIPv4Address();
        }
        return address.withoutPrefixLength().isMultiple() ? address : address.withoutPrefixLength();
    }
}
