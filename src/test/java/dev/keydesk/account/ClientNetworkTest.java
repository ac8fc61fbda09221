package dev.keydesk.account;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClientNetworkTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "203.0.113.7|203.0.113.7",
        "2001:db8:1:2:aaaa:bbbb:cccc:dddd|2001:db8:1:2:0:0:0:0/64",
        "2001:db8:1:2::1|2001:db8:1:2:0:0:0:0/64",
        "::ffff:198.51.100.9|198.51.100.9",
        "evil.example|unknown",
        "bad.cafe|unknown",
        "NULL|unknown",
        "' '|unknown"})
    void sign_ups_are_counted_per_ipv4_address_and_per_ipv6_64(String remoteAddress, String network) {
        assertThat(ClientNetwork.of(remoteAddress).value()).isEqualTo(network);
    }
}
