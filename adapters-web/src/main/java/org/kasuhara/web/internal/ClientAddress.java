// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who a request comes from, for the rate limit: the socket's peer address, unless that peer is a configured trusted
 * proxy ({@code *}: any peer); then the nearest address in {@code X-Forwarded-For} (or, without it, in
 * {@code Forwarded: for=}) that is not itself a listed proxy: the entries further left were written by the client and
 * may be forged. Addresses are compared in canonical form ({@code ::1} and {@code 0:0:0:0:0:0:0:1} are one).
 */
final class ClientAddress {
    private static final String OCTET = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private final Set<String> trusted;
    private final boolean anyPeer;

    ClientAddress(List<String> trustedProxies) {
        this.anyPeer = trustedProxies.contains("*");
        this.trusted = trustedProxies.stream().filter(p -> !p.equals("*")).map(ClientAddress::canonical)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** @return whether forwarded headers from this peer are believed */
    boolean trusts(String peer) {
        return anyPeer || trusted.contains(canonical(peer));
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = hops(request);
        // later headers and later entries were added by proxies nearer to this server
        for (int i = hops.size() - 1; i >= 0; i--) {
            String hop = canonical(hops.get(i));
            if (!hop.isEmpty() && !trusted.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    private static List<String> hops(HttpServletRequest request) {
        List<String> hops = new ArrayList<>();
        for (String header : values(request, "X-Forwarded-For")) {
            for (String hop : header.split(",")) {
                hops.add(hop.strip());
            }
        }
        if (hops.isEmpty()) {
            for (String header : values(request, "Forwarded")) {
                for (String element : header.split(",")) {
                    for (String pair : element.split(";")) {
                        String p = pair.strip();
                        if (p.regionMatches(true, 0, "for=", 0, 4)) {
                            hops.add(node(p.substring(4)));
                        }
                    }
                }
            }
        }
        return hops;
    }

    private static List<String> values(HttpServletRequest request, String name) {
        java.util.Enumeration<String> headers = request.getHeaders(name);
        return headers == null ? List.of() : Collections.list(headers);
    }

    /** {@code "[2001:db8::1]:4711"} → {@code 2001:db8::1}; {@code 192.0.2.1:80} → {@code 192.0.2.1} (RFC 7239 §6). */
    private static String node(String value) {
        String v = value.strip().replace("\"", "");
        if (v.startsWith("[")) {
            int end = v.indexOf(']');
            return end < 0 ? v : v.substring(1, end);
        }
        int colon = v.indexOf(':');
        return colon > 0 && v.indexOf(':', colon + 1) < 0 ? v.substring(0, colon) : v;
    }

    /** An IP literal in canonical form; anything else (a name, {@code unknown}, garbage) lower-cased as it is. */
    static String canonical(String address) {
        String a = address.strip();
        if (a.startsWith("[") && a.endsWith("]")) {
            a = a.substring(1, a.length() - 1);
        }
        // only a literal is parsed, never a name to look up: InetAddress reads one starting with a hex digit or a colon
        // and holding a colon as IPv6 (or fails), and four octets as IPv4; anything else would go to DNS
        if (a.matches("[0-9A-Fa-f:][0-9A-Fa-f:.]*") && a.contains(":") || a.matches(OCTET + "(\\." + OCTET + "){3}")) {
            try {
                return InetAddress.getByName(a).getHostAddress();
            } catch (UnknownHostException | IllegalArgumentException notALiteral) {
                return a.toLowerCase(Locale.ROOT);
            }
        }
        return a.toLowerCase(Locale.ROOT);
    }
}
