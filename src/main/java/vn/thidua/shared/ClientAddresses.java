package vn.thidua.shared;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * The address a limit counts a client by: an IPv4 address as it is, an IPv6 address by its /64
 * network (one household or office line gets a whole /64, so counting single IPv6 addresses would
 * give a client millions of fresh ones).
 */
public final class ClientAddresses {

    private ClientAddresses() {}

    public static String key(String remoteAddress) {
        if (remoteAddress == null || remoteAddress.isBlank()) {
            return "unknown";
        }
        String a = remoteAddress.strip();
        if (a.indexOf(':') < 0 || !a.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+")) {
            return a;
        }
        try {
            byte[] bytes = InetAddress.getByName(a.replaceAll("%.*$", "")).getAddress(); // a literal: no lookup
            if (bytes.length != 16) {
                return a;
            }
            StringBuilder network = new StringBuilder();
            for (int i = 0; i < 8; i += 2) {
                network.append(String.format("%02x%02x:", bytes[i], bytes[i + 1]));
            }
            return network.append(":/64").toString();
        } catch (UnknownHostException e) {
            return a;
        }
    }
}
