// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.QoSHandler;
import org.eclipse.jetty.util.Callback;
import org.kasuhara.json.KasuharaJson;

/**
 * Bounds how many stateless assessments ({@code POST /api/v1/assess}) run at once, with Jetty's {@link QoSHandler}:
 * a request beyond the bound is suspended (it holds no thread) and resumed when one finishes. Assessing is CPU work;
 * on a 2-core machine eight at once each took about twice the CPU of two at once (cache and scheduler contention), so
 * queueing the rest serves more requests per second with a lower tail. Requests that store a case are not bounded:
 * their commit waits on the database, and concurrent intakes share one commit. A request suspended for longer than
 * {@link #MAX_WAIT}, or beyond {@value #WAITING_PER_PERMIT} waiting requests per permit, is answered 503 with the API's
 * error body and {@code Retry-After}. The bound stands before the security filter: a request with a wrong key waits
 * its turn like any other before its 401, and counts against the waiting requests.
 */
public final class AssessLimit {
    /** The longest a request waits for its turn. */
    static final Duration MAX_WAIT = Duration.ofSeconds(10);
    /** The most requests waiting at once, per permit (a waiting request holds its body, 64 KiB at most). */
    static final int WAITING_PER_PERMIT = 32;
    private static final byte[] SATURATED = saturatedBody();

    private AssessLimit() {
    }

    /**
     * @param next      the handler that serves the request
     * @param permitted how many assessments may run at once, 1 or more
     * @return {@code next}, behind the bound
     */
    public static Handler around(Handler next, int permitted) {
        QoSHandler qos = new QoSHandler(next) {
            @Override
            protected void reject(Request request, Response response, Callback callback, int status) {
                saturated(response, callback);
            }

            @Override
            protected void failSuspended(Request request, Response response, Callback callback, int status,
                    Throwable failure) {
                saturated(response, callback);
            }
        };
        qos.includeMethod("POST");
        qos.includePath("/api/v1/assess");
        qos.setMaxRequestCount(permitted);
        qos.setMaxSuspend(MAX_WAIT);
        qos.setMaxSuspendedRequestCount(WAITING_PER_PERMIT * permitted);
        return qos;
    }

    private static byte[] saturatedBody() {
        try {
            return KasuharaJson.mapper().writeValueAsBytes(Errors.body(503, "saturated",
                    "混雑しています。少し待って再送してください / too many assessments at once; retry after a moment",
                    List.of()));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of three strings always writes
        }
    }

    private static void saturated(Response response, Callback callback) {
        response.setStatus(503);
        response.getHeaders().put(HttpHeader.RETRY_AFTER, "1");
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json;charset=UTF-8");
        response.write(true, ByteBuffer.wrap(SATURATED), callback);
    }
}
