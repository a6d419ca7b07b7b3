// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import java.net.URI;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;

/**
 * A real Jetty server with the real engine (default rules) and the in-memory store, on a free loopback port.
 * Keys: {@link #ACME_KEY} for acme-foods, {@link #SAKURA_KEY} for sakura-rail, {@link #STAFF_KEY} for the counter.
 */
final class TestServer implements AutoCloseable {
    static final String ACME_KEY = "acme-test-key-0123456789abcdef";
    static final String SAKURA_KEY = "sakura-test-key-0123456789abcdef";
    static final String STAFF_KEY = "staff-test-key-0123456789abcdef";
    private static TriageEngine engine;

    final CaseStore store;
    final KasuharaServer server;

    TestServer() {
        this(Map.of());
    }

    TestServer(Map<String, String> extra) {
        this(extra, Clock.systemUTC(), Clock.systemUTC());
    }

    /** A server with its own engine. */
    TestServer(Map<String, String> extra, TriageEngine engine) {
        this(extra, Clock.systemUTC(), Clock.systemUTC(), engine);
    }

    /** A server whose store receives at {@code storeClock} and whose API asks what is due at {@code webClock}. */
    TestServer(Map<String, String> extra, Clock storeClock, Clock webClock) {
        this(extra, storeClock, webClock, engine());
    }

    private TestServer(Map<String, String> extra, Clock storeClock, Clock webClock, TriageEngine engine) {
        store = CaseStore.inMemory(new StoreOptions(BusinessDayCalendar.japan(), storeClock));
        Map<String, String> settings = new HashMap<>();
        settings.put("kasuhara.web.port", "0");
        settings.put("kasuhara.web.rateLimit.perMinute", "100000");
        settings.put("kasuhara.web.rateLimit.burst", "100000");
        settings.put("kasuhara.web.apiKey.acme-foods", AccessKeys.hash(ACME_KEY));
        settings.put("kasuhara.web.apiKey.sakura-rail", AccessKeys.hash(SAKURA_KEY));
        settings.put("kasuhara.web.staffKey", AccessKeys.hash(STAFF_KEY));
        settings.putAll(extra);
        server = KasuharaServer.start(KasuharaWeb.builder().store(store).engine(engine)
                .settings(WebSettings.of(settings)).clock(webClock).build());
    }

    static synchronized TriageEngine engine() {
        if (engine == null) {
            engine = TriageEngine.builder().build();
        }
        return engine;
    }

    URI uri(String path) {
        return server.uri().resolve(path.startsWith("/") ? path.substring(1) : path);
    }

    Http http() {
        return new Http(server.uri());
    }

    @Override
    public void close() {
        server.close();
        store.close();
    }
}
