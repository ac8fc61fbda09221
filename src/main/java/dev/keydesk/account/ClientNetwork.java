package dev.keydesk.account;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;

import org.jspecify.annotations.Nullable;

/**
 * The unit a sign-up limit counts: an IPv4 address, or an IPv6 /64 (one customer line usually owns a
 * whole /64, so counting single IPv6 addresses would let one machine sign up without limit).
 */
public record ClientNetwork(String value) {

    static final ClientNetwork UNKNOWN = new ClientNetwork("unknown");

    public static ClientNetwork of(@Nullable String remoteAddress) {
        if (remoteAddress == null || !(remoteAddress.matches("[0-9.]+")
                || remoteAddress.contains(":") && remoteAddress.matches("[0-9A-Fa-f.:]+"))) {
            return UNKNOWN;
        }
        try {
            // Only IP literals get here (checked above): parsed, never looked up in DNS.
            InetAddress address = InetAddress.getByName(remoteAddress);
            byte[] bytes = address.getAddress();
            if (bytes.length == 16) {
                Arrays.fill(bytes, 8, 16, (byte) 0);
                return new ClientNetwork(InetAddress.getByAddress(bytes).getHostAddress() + "/64");
            }
            return new ClientNetwork(address.getHostAddress());
        } catch (UnknownHostException notAnAddress) {
            return UNKNOWN;
        }
    }
}
