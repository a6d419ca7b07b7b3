// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.jetty.io.Connection;

/**
 * Caps the connections one client address holds open at once: a connection beyond the cap is closed as soon as it
 * opens, so one client cannot occupy every worker thread with slow requests. The request rate limit counts requests;
 * this counts what a slow client holds. (Behind a proxy every client shares the proxy's address: raise the cap.)
 */
public final class PerClientConnections implements Connection.Listener {
    private final int cap;
    private final ConcurrentHashMap<InetAddress, Integer> open = new ConcurrentHashMap<>();

    /**
     * @param cap the most connections one address may hold open
     */
    public PerClientConnections(int cap) {
        this.cap = cap;
    }

    @Override
    public void onOpened(Connection connection) {
        InetAddress address = address(connection);
        if (address == null) {
            return;
        }
        if (open.merge(address, 1, Integer::sum) > cap) {
            connection.getEndPoint().close();
        }
    }

    @Override
    public void onClosed(Connection connection) {
        InetAddress address = address(connection);
        if (address != null) {
            open.computeIfPresent(address, (a, count) -> count <= 1 ? null : count - 1);
        }
    }

    private static InetAddress address(Connection connection) {
        SocketAddress remote = connection.getEndPoint().getRemoteSocketAddress();
        return remote instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
