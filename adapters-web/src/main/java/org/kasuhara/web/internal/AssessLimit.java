// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.handler.QoSHandler;

/**
 * Bounds how many stateless assessments ({@code POST /api/v1/assess}) run at once, with Jetty's {@link QoSHandler}:
 * a request beyond the bound is suspended (it holds no thread) and resumed when one finishes. Assessing is CPU work;
 * on a 2-core machine eight at once each took about twice the CPU of two at once (cache and scheduler contention), so
 * queueing the rest serves more requests per second with a lower tail. Requests that store a case are not bounded:
 * their commit waits on the database, and concurrent intakes share one commit. A request suspended for longer than
 * {@link #MAX_WAIT}, or beyond {@link #MAX_WAITING} waiting requests, is answered 503.
 */
public final class AssessLimit {
    /** The longest a request waits for its turn. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    /** The most requests waiting at once. */
    static final int MAX_WAITING = 10_000;

    private AssessLimit() {
    }

    /**
     * @param next      the handler that serves the request
     * @param permitted how many assessments may run at once, 1 or more
     * @return {@code next}, behind the bound
     */
    public static Handler around(Handler next, int permitted) {
        QoSHandler qos = new QoSHandler(next);
        qos.includeMethod("POST");
        qos.includePath("/api/v1/assess");
        qos.setMaxRequestCount(permitted);
        qos.setMaxSuspend(MAX_WAIT);
        qos.setMaxSuspendedRequestCount(MAX_WAITING);
        qos.setRejectStatusCode(503);
        return qos;
    }
}
