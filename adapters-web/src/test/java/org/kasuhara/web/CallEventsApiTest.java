// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Clock;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.json.KasuharaJson;

/** {@code POST /api/v1/call-events} on a real Jetty server feeding a real call monitor with the default rules. */
class CallEventsApiTest {
    private static final String CALLER = "+81-90-1234-5678";
    private final MovingClock clock = new MovingClock("2026-11-20T14:00:00+09:00");
    private final List<CallAlert> alerts = Collections.synchronizedList(new ArrayList<>());
    private final CallMonitor monitor = CallMonitor.builder().rules(TestServer.engine()).clock(clock)
            .listener(alerts::add).build();
    private CaseStore store;
    private KasuharaServer server;

    private Http start(Map<String, String> extra) {
        store = CaseStore.inMemory(new StoreOptions(BusinessDayCalendar.japan(), Clock.systemUTC()));
        Map<String, String> settings = new HashMap<>();
        settings.put("kasuhara.web.port", "0");
        settings.put("kasuhara.web.rateLimit.perMinute", "100000");
        settings.put("kasuhara.web.rateLimit.burst", "100000");
        settings.put("kasuhara.web.apiKey.acme-foods", AccessKeys.hash(TestServer.ACME_KEY));
        settings.put("kasuhara.web.staffKey", AccessKeys.hash(TestServer.STAFF_KEY));
        settings.putAll(extra);
        server = KasuharaServer.start(KasuharaWeb.builder().store(store).engine(TestServer.engine())
                .settings(WebSettings.of(settings)).callMonitor(monitor).build());
        return new Http(server.uri());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            store.close();
        }
    }

    private static String started(String callId, String at) {
        return "{\"type\":\"started\",\"callId\":\"" + callId + "\",\"caller\":\"" + CALLER
                + "\",\"matter\":\"order-1\",\"organization\":\"acme-foods\",\"at\":\"" + at + "\"}";
    }

    private static String ended(String callId, String at) {
        return "{\"type\":\"ended\",\"callId\":\"" + callId + "\",\"at\":\"" + at + "\"}";
    }

    private static HttpResponse<String> post(Http http, String body) {
        return http.postJson("/api/v1/call-events", TestServer.STAFF_KEY, body);
    }

    private static JsonNode json(HttpResponse<String> r) throws Exception {
        return KasuharaJson.mapper().readTree(r.body());
    }

    @Test
    void acceptedEventsProduceAConfinementAlert() throws Exception {
        Http http = start(Map.of());
        HttpResponse<String> first = post(http, started("c-1", "2026-11-20T14:00:00+09:00"));
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(json(first).get("applied").asInt()).isEqualTo(1);
        clock.set("2026-11-20T15:01:00+09:00");
        HttpResponse<String> last = post(http, "\n" + ended("c-1", "2026-11-20T15:01:00+09:00") + "\n");
        assertThat(last.statusCode()).isEqualTo(202);
        assertThat(json(last).get("alerts").asInt()).isEqualTo(2);
        assertThat(alerts).extracting(CallAlert::rule).containsExactly("KH-CALL-001", "KH-CALL-002");
        assertThat(alerts.get(1).callId()).isEqualTo("c-1");
        assertThat(alerts.get(1).humanConfirmation()).isTrue();
        assertThat(alerts.toString()).doesNotContain(CALLER);
    }

    @Test
    void severalEventsAsJsonLinesReachTheRepeatLineAndADuplicateIsNotAppliedTwice() throws Exception {
        Http http = start(Map.of());
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 3; i++) {
            lines.append(started("c-" + i, "2026-11-20T13:5" + i + ":00+09:00")).append('\n')
                    .append(ended("c-" + i, "2026-11-20T13:5" + i + ":30+09:00")).append('\n');
        }
        HttpResponse<String> r = post(http, lines.toString());
        assertThat(r.statusCode()).isEqualTo(202);
        assertThat(json(r).get("received").asInt()).isEqualTo(6);
        assertThat(alerts).extracting(CallAlert::rule).containsExactly("KH-CALL-003");
        HttpResponse<String> again = post(http, started("c-3", "2026-11-20T13:53:00+09:00"));
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again).get("applied").asInt()).isZero();   // a duplicate delivery: counted, not applied
        assertThat(alerts).hasSize(1);
    }

    @Test
    void malformedEventsAre400NamingLineAndFieldAndDoNotStopLaterEvents() throws Exception {
        Http http = start(Map.of());
        String good = started("c-1", "2026-11-20T14:00:00+09:00");
        Map<String, String> bad = new java.util.LinkedHashMap<>();
        bad.put("{\"type\":\"started\"", "line 1: not valid JSON");
        bad.put(good + "\n{\"type\":\"started\",\"callId\":\"c-2\",\"at\":\"2026-11-20T14:00:00+09:00\"}",
                "line 2: caller: missing");
        bad.put(good.replace("\"matter\"", "\"mater\""), "line 1: mater: unknown field");
        bad.put(good.replace("14:00:00+09:00", "yesterday"), "line 1: at: expected a date-time");
        bad.put("{\"type\":\"transcript\",\"callId\":\"c-1\",\"seq\":\"one\",\"text\":\"x\",\"at\":\"2026-11-20T14:00:00Z\"}",
                "line 1: seq: expected a whole number");
        bad.put("{\"type\":\"hung-up\",\"callId\":\"c-1\",\"at\":\"2026-11-20T14:00:00+09:00\"}", "line 1: type:");
        bad.put("42", "line 1: expected a JSON object");
        bad.put("[[" + good + "]]", "line 1: expected a JSON object");
        bad.put("", "body: no event");
        bad.put("[".repeat(5000), "line 1: not valid JSON");
        for (Map.Entry<String, String> c : bad.entrySet()) {
            HttpResponse<String> r = post(http, c.getKey());
            assertThat(r.statusCode()).as(c.getValue()).isEqualTo(400);
            assertThat(json(r).at("/error/message").asText()).startsWith(c.getValue());
            assertThat(r.body()).doesNotContain(CALLER);
        }
        HttpResponse<String> field = post(http, good + "\n{\"type\":\"ended\",\"at\":\"2026-11-20T14:00:00+09:00\"}");
        assertThat(json(field).at("/error/problems/0/path").asText()).isEqualTo("callId");
        assertThat(monitor.stats().eventsApplied()).as("a bad request applies none of its events").isZero();
        assertThat(post(http, good).statusCode()).isEqualTo(202);
        assertThat(monitor.stats().eventsApplied()).isEqualTo(1);
        HttpResponse<String> array = post(http, "[\n" + ended("c-1", "2026-11-20T14:02:00+09:00") + "\n]");
        assertThat(array.statusCode()).as("an array of events, as the case API takes").isEqualTo(202);
        assertThat(monitor.stats().eventsApplied()).isEqualTo(2);
    }

    @Test
    void onlyTheStaffKeyMaySendCallEvents() {
        Http http = start(Map.of());
        String good = started("c-1", "2026-11-20T14:00:00+09:00");
        assertThat(http.postJson("/api/v1/call-events", null, good).statusCode()).isEqualTo(401);
        assertThat(http.postJson("/api/v1/call-events", "wrong-key-0123456789abcdef", good).statusCode())
                .isEqualTo(401);
        HttpResponse<String> organisation = http.postJson("/api/v1/call-events", TestServer.ACME_KEY, good);
        assertThat(organisation.statusCode()).isEqualTo(403);
        assertThat(organisation.body()).contains("staff_key_required");
        assertThat(monitor.stats().eventsApplied()).isZero();
    }

    @Test
    void aFloodOfEventsIsBoundedPerRequestPerBodyAndPerClient() throws Exception {
        Http http = start(Map.of("kasuhara.web.maxRequestBytes", "200000", "kasuhara.web.rateLimit.perMinute", "1",
                "kasuhara.web.rateLimit.burst", "4"));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i <= 1000; i++) {
            many.append(ended("c-" + i, "2026-11-20T14:00:00+09:00")).append('\n');
        }
        HttpResponse<String> tooMany = post(http, many.toString());
        assertThat(tooMany.statusCode()).isEqualTo(413);
        assertThat(json(tooMany).at("/error/code").asText()).isEqualTo("too_many_events");
        assertThat(json(tooMany).at("/error/message").asText()).contains("at most 1000 events");
        assertThat(Http.statusOfDeclaredPost(server.uri().resolve("/api/v1/call-events"), TestServer.STAFF_KEY,
                200_001)).startsWith("HTTP/1.1 413");
        assertThat(monitor.stats().eventsApplied()).isZero();
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            statuses.add(post(http, started("c-" + i, "2026-11-20T14:00:00+09:00")).statusCode());
        }
        assertThat(statuses).contains(429);
        assertThat(monitor.stats().eventsApplied()).isLessThanOrEqualTo(4);
    }

    @Test
    void withoutAMonitorTheRouteSaysCallEventsAreNotEnabled() {
        try (TestServer plain = new TestServer()) {
            HttpResponse<String> r = plain.http().postJson("/api/v1/call-events", TestServer.STAFF_KEY,
                    started("c-1", "2026-11-20T14:00:00+09:00"));
            assertThat(r.statusCode()).isEqualTo(404);
            assertThat(r.body()).contains("call_events_disabled");
        }
    }
}
