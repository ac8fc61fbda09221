package dev.keydesk.apikey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Allowed addresses: strict parsing with a message per line, and matching that fails closed. */
class AllowedIpsTest {

    @Test
    void ipv4_and_ipv6_addresses_and_blocks_are_kept_in_canonical_form() {
        AllowedIps ips = AllowedIps.parse(" 203.0.113.7 \n\n10.0.0.0/8\r\n2001:DB8::/32\n2001:db8:0:0::1\n");
        assertThat(ips.entries()).containsExactly("203.0.113.7", "10.0.0.0/8", "2001:db8::/32", "2001:db8::1");
        assertThat(AllowedIps.fromStored(ips.toStored())).isEqualTo(ips);
    }

    @Test
    void an_empty_list_allows_any_address_and_is_stored_as_null() {
        assertThat(AllowedIps.parse("  \n ").isAny()).isTrue();
        assertThat(AllowedIps.parse(null).toStored()).isNull();
        assertThat(AllowedIps.any().allows(null)).isTrue();
    }

    @Test
    void addresses_inside_a_block_match_and_others_do_not() {
        AllowedIps ips = AllowedIps.parse("203.0.113.0/24\n2001:db8::/32");
        assertThat(ips.allows("203.0.113.200")).isTrue();
        assertThat(ips.allows("203.0.114.1")).isFalse();
        assertThat(ips.allows("2001:db8:1::5")).isTrue();
        assertThat(ips.allows("2001:db9::1")).isFalse();
    }

    @Test
    void an_ipv4_mapped_ipv6_client_matches_its_ipv4_entry() {
        AllowedIps ips = AllowedIps.parse("203.0.113.7");
        assertThat(ips.allows("::ffff:203.0.113.7")).isTrue();
        assertThat(ips.allows("::ffff:203.0.113.8")).isFalse();
    }

    @Test
    void an_ipv4_mapped_entry_is_stored_as_its_ipv4_address() {
        assertThat(AllowedIps.parse("::ffff:198.51.100.1").entries()).containsExactly("198.51.100.1");
    }

    @Test
    void a_missing_or_unreadable_client_address_is_refused_when_there_is_a_list() {
        AllowedIps ips = AllowedIps.parse("203.0.113.7");
        assertThat(ips.allows(null)).isFalse();
        assertThat(ips.allows("")).isFalse();
        assertThat(ips.allows("not-an-address")).isFalse();
        assertThat(ips.allows("203.0.113.0/24")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "203.0.113", "10.1", "203.0.113.256", "203.0.113.*", "203.0.113.1-9",
            "2001:db8::g", "1.2.3.4/33", "0x7f.0.0.1", "*", "/24", "203.0.113.7 10.0.0.1"})
    void invalid_lines_are_refused_with_their_line_number(String line) {
        assertThatExceptionOfType(InvalidAllowedIpsException.class)
                .isThrownBy(() -> AllowedIps.parse("198.51.100.1\n" + line))
                .withMessageStartingWith("Line 2: ");
    }

    @Test
    void a_block_written_with_host_bits_is_refused_with_the_block_it_probably_means() {
        assertThatExceptionOfType(InvalidAllowedIpsException.class)
                .isThrownBy(() -> AllowedIps.parse("10.1.2.3/16"))
                .withMessage("Line 1: 10.1.2.3/16 is not the start of its block. Did you mean 10.1.0.0/16?");
    }

    @Test
    void duplicates_are_refused_even_when_written_differently() {
        assertThatExceptionOfType(InvalidAllowedIpsException.class)
                .isThrownBy(() -> AllowedIps.parse("2001:db8::1\n2001:DB8:0::1"))
                .withMessage("Line 2: 2001:DB8:0::1 is listed twice.");
        assertThatExceptionOfType(InvalidAllowedIpsException.class)
                .isThrownBy(() -> AllowedIps.parse("10.0.0.1\n10.0.0.1/32"));
    }

    @Test
    void at_most_100_entries() {
        String hundred = IntStream.range(0, 100).mapToObj(i -> "10.0." + i + ".1").collect(Collectors.joining("\n"));
        assertThat(AllowedIps.parse(hundred).entries()).hasSize(100);
        assertThatExceptionOfType(InvalidAllowedIpsException.class)
                .isThrownBy(() -> AllowedIps.parse(hundred + "\n10.1.0.1"))
                .withMessageContaining("at most 100");
    }
}
