package org.sakhiline.support;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;

/**
 * Source addresses a webhook may come from: IPv4/IPv6 addresses and CIDR ranges ("203.0.113.0/24"). Only
 * literal addresses are accepted (never a host name: no DNS lookup on a request path). An empty list
 * allows everything; the caller decides whether that is acceptable.
 */
public final class AddressAllowList {

    private record Range(byte[] network, int bits) {}

    private final List<Range> ranges;

    private AddressAllowList(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** Parses entries; a malformed one fails loudly (a typo must not open the webhook to everyone). */
    public static AddressAllowList of(List<String> entries) {
        List<Range> ranges = new ArrayList<>();
        for (String raw : entries) {
            String entry = raw.strip();
            if (entry.isEmpty()) {
                continue;
            }
            int slash = entry.indexOf('/');
            byte[] address = literal(slash < 0 ? entry : entry.substring(0, slash));
            if (address == null) {
                throw new IllegalArgumentException("not an IP address or CIDR range: '" + entry + "'");
            }
            int bits = address.length * 8;
            if (slash >= 0) {
                try {
                    bits = Integer.parseInt(entry.substring(slash + 1));
                } catch (NumberFormatException e) {
                    bits = -1;
                }
                if (bits < 0 || bits > address.length * 8) {
                    throw new IllegalArgumentException("bad prefix length in '" + entry + "'");
                }
            }
            ranges.add(new Range(address, bits));
        }
        return new AddressAllowList(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** True when the list is empty or {@code address} (a literal) falls in one of its ranges. */
    public boolean allows(String address) {
        if (ranges.isEmpty()) {
            return true;
        }
        byte[] a = address == null ? null : literal(address);
        if (a == null) {
            return false;
        }
        for (Range r : ranges) {
            if (r.network().length == a.length && samePrefix(r.network(), a, r.bits())) {
                return true;
            }
        }
        return false;
    }

    private static boolean samePrefix(byte[] x, byte[] y, int bits) {
        int full = bits / 8;
        for (int i = 0; i < full; i++) {
            if (x[i] != y[i]) {
                return false;
            }
        }
        int rest = bits % 8;
        if (rest == 0) {
            return true;
        }
        int mask = (0xff << (8 - rest)) & 0xff;
        return (x[full] & mask) == (y[full] & mask);
    }

    /** The bytes of a literal IPv4 or IPv6 address; null for anything else (host names are never resolved). */
    private static byte[] literal(String s) {
        String t = s.startsWith("[") && s.endsWith("]") ? s.substring(1, s.length() - 1) : s;
        boolean v4 = t.matches("[0-9]{1,3}(\\.[0-9]{1,3}){3}");
        boolean v6 = t.contains(":") && t.matches("[0-9a-fA-F:.]+");
        if (!v4 && !v6) {
            return null;
        }
        try {
            return InetAddress.getByName(t).getAddress(); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            return null;
        }
    }
}
