// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Set;

/**
 * Who a request comes from, for the rate limit: the socket's peer address, unless that peer is a configured trusted
 * proxy; then the nearest address in {@code X-Forwarded-For} that is not itself a trusted proxy (the entries further
 * left were written by the client and may be forged).
 */
final class ClientAddress {
    private final Set<String> trusted;

    ClientAddress(List<String> trustedProxies) {
        this.trusted = Set.copyOf(trustedProxies);
    }

    String of(HttpServletRequest request) {
        String peer = request.getRemoteAddr();
        if (trusted.isEmpty() || !trusted.contains(peer)) {
            return peer;
        }
        String client = peer;
        for (java.util.Enumeration<String> headers = request.getHeaders("X-Forwarded-For");
             headers != null && headers.hasMoreElements(); ) {
            String header = headers.nextElement();
            // later headers and later entries were added by proxies nearer to this server
            String[] hops = header.split(",");
            for (int i = hops.length - 1; i >= 0; i--) {
                String hop = hops[i].strip();
                if (!hop.isEmpty() && !trusted.contains(hop)) {
                    client = hop;
                    break;
                }
            }
        }
        return client;
    }
}
