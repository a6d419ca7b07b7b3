// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.kasuhara.calendar.BusinessDayCalendar;
import org.kasuhara.calls.AlertKind;
import org.kasuhara.calls.CallAlert;
import org.kasuhara.calls.CallMonitor;
import org.kasuhara.calls.batch.CallRecord;
import org.kasuhara.calls.batch.JsonRecordMapper;
import org.kasuhara.calls.batch.RecordMapping;
import org.kasuhara.calls.batch.SampleMappings;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoreOptions;
import org.kasuhara.json.KasuharaJson;

/**
 * {@code POST /api/v1/call-events} with a platform's mapping, on a real Jetty server and a real call monitor: the
 * sample fixtures of Amazon Connect, Twilio, Genesys Cloud and Salesforce, one record a request as each platform
 * delivers them when a call ends. A record that does not map is a 400 naming its field, and the next is taken.
 */
class CallMappingApiTest {
    private static final Path FIXTURES = Path.of(
            "../kasuhara-calls/src/test/resources/org/kasuhara/calls/batch/mappings");
    private final MovingClock clock = new MovingClock(Instant.parse("2026-11-02T00:00:00Z"));
    private final List<CallAlert> alerts = Collections.synchronizedList(new ArrayList<>());
    private CaseStore store;
    private KasuharaServer server;

    private Http start(RecordMapping mapping) {
        CallMonitor monitor = CallMonitor.builder().rules(TestServer.engine()).clock(clock)
                .maxClockSkew(Duration.ofDays(1)).listener(alerts::add).build();
        store = CaseStore.inMemory(new StoreOptions(BusinessDayCalendar.japan(), Clock.systemUTC()));
        Map<String, String> settings = new HashMap<>();
        settings.put("kasuhara.web.port", "0");
        settings.put("kasuhara.web.rateLimit.perMinute", "100000");
        settings.put("kasuhara.web.rateLimit.burst", "100000");
        settings.put("kasuhara.web.staffKey", AccessKeys.hash(TestServer.STAFF_KEY));
        server = KasuharaServer.start(KasuharaWeb.builder().store(store).engine(TestServer.engine())
                .settings(WebSettings.of(settings)).callMonitor(monitor)
                .callRecords(JsonRecordMapper.of(mapping).asEvents()).build());
        return new Http(server.uri());
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
            store.close();
        }
    }

    /** Posts each record as its platform would, when the call ends; returns the answers in order. */
    private List<HttpResponse<String>> deliver(Http http, String mapping, List<String> records) throws IOException {
        JsonRecordMapper mapper = JsonRecordMapper.of(SampleMappings.load(mapping));
        List<HttpResponse<String>> answers = new ArrayList<>();
        for (String record : records) {
            try {
                CallRecord call = mapper.map(KasuharaJson.mapper().readTree(record));
                clock.now = Instant.ofEpochSecond(call.startSecond() + call.durationSeconds());
            } catch (IllegalArgumentException doesNotMap) {
                // the server says so: the clock stays where it was
            }
            answers.add(http.postJson("/api/v1/call-events", TestServer.STAFF_KEY, record));
        }
        return answers;
    }

    private static List<String> fixture(String file) throws IOException {
        return Files.readAllLines(FIXTURES.resolve(file)).stream().filter(l -> !l.isBlank()).toList();
    }

    private static JsonNode json(HttpResponse<String> r) throws IOException {
        return KasuharaJson.mapper().readTree(r.body());
    }

    /** The one refused record: 400 naming the line and the JSON Pointer, quoting no value; the others 202. */
    private static void oneRefused(List<HttpResponse<String>> answers, int refused, String pointer)
            throws IOException {
        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> r = answers.get(i);
            if (i == refused) {
                assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
                JsonNode error = json(r).get("error");
                assertThat(error.get("code").asText()).isEqualTo("unmapped_record");
                assertThat(error.get("message").asText()).startsWith("line 1: ").contains(pointer);
                assertThat(error.get("problems").get(0).get("path").asText()).isEqualTo(pointer);
                assertThat(r.body()).doesNotContain("+8150", "yesterday");
            } else {
                assertThat(r.statusCode()).as("record " + (i + 1) + ": " + r.body()).isEqualTo(202);
                assertThat(json(r).get("received").asInt()).isEqualTo(1);
                assertThat(json(r).get("applied").asInt()).isEqualTo(1);
            }
        }
    }

    private List<AlertKind> kinds() {
        return alerts.stream().map(CallAlert::kind).toList();
    }

    @Test
    void amazonConnectContactRecordsRaiseTheConfinementAndRepeatAlerts() throws Exception {
        Http http = start(SampleMappings.load("amazon-connect-ctr"));
        oneRefused(deliver(http, "amazon-connect-ctr", fixture("amazon-connect-ctr.jsonl")), 2,
                "/CustomerEndpoint/Address");
        assertThat(kinds()).contains(AlertKind.CONFINEMENT_REACHED, AlertKind.REPEAT_REACHED);
        assertThat(alerts.toString()).doesNotContain("+8150");
    }

    @Test
    void twilioStatusCallbacksRaiseTheConfinementAlertAndABadTimestampIsNamed() throws Exception {
        Http http = start(SampleMappings.load("twilio-status-callback"));
        oneRefused(deliver(http, "twilio-status-callback", fixture("twilio-status-callback.jsonl")), 3,
                "/Timestamp");
        assertThat(kinds()).contains(AlertKind.CONFINEMENT_REACHED);
    }

    @Test
    void genesysConversationsAreReadThroughPointersIntoArrays() throws Exception {
        Http http = start(SampleMappings.load("genesys-cloud-conversations"));
        oneRefused(deliver(http, "genesys-cloud-conversations", fixture("genesys-cloud-conversations.jsonl")), 2,
                "/conversationEnd");
        assertThat(kinds()).contains(AlertKind.CONFINEMENT_REACHED);
    }

    @Test
    void salesforceVoiceCallsAsTheRestApiSendsThemAreReadByFieldName() throws Exception {
        List<String> rows = fixture("salesforce-voicecall.csv");
        String[] header = rows.get(0).split(",");
        List<String> records = new ArrayList<>();
        for (String row : rows.subList(1, rows.size())) {
            String[] cells = row.split(",", -1);
            ObjectNode record = KasuharaJson.mapper().createObjectNode();
            for (int i = 0; i < header.length; i++) {
                record.put(header[i], cells[i].replace("\"", ""));
            }
            records.add(record.toString());
        }
        Http http = start(SampleMappings.load("salesforce-voicecall"));
        oneRefused(deliver(http, "salesforce-voicecall", records), 2, "/FromPhoneNumber");
        assertThat(kinds()).contains(AlertKind.CONFINEMENT_REACHED, AlertKind.REPEAT_REACHED);
    }

    @Test
    void aRecordDeliveredTwiceIsOneCallAndARequestWithOneBadRecordAppliesNone() throws Exception {
        Http http = start(SampleMappings.load("amazon-connect-ctr"));
        List<String> records = fixture("amazon-connect-ctr.jsonl");
        List<HttpResponse<String>> twice = deliver(http, "amazon-connect-ctr", List.of(records.get(0), records.get(0)));
        assertThat(json(twice.get(1)).get("applied").asInt()).as("a duplicate delivery").isZero();
        HttpResponse<String> batch = http.postJson("/api/v1/call-events", TestServer.STAFF_KEY,
                records.get(1) + "\n" + records.get(2) + "\n");
        assertThat(batch.statusCode()).isEqualTo(400);
        assertThat(json(batch).get("error").get("message").asText()).startsWith("line 2: caller: ");
        clock.now = Instant.parse("2026-11-02T03:05:00Z");
        HttpResponse<String> fixed = http.postJson("/api/v1/call-events", TestServer.STAFF_KEY, records.get(1));
        assertThat(json(fixed).get("applied").asInt()).as("not applied by the refused request").isEqualTo(1);
    }

    @Test
    void withAMappingTheProjectsOwnEventIsARecordThatDoesNotMap() throws Exception {
        Http http = start(SampleMappings.load("amazon-connect-ctr"));
        HttpResponse<String> r = http.postJson("/api/v1/call-events", TestServer.STAFF_KEY, "{\"type\":\"started\","
                + "\"callId\":\"c-1\",\"caller\":\"+81-90-1234-5678\",\"at\":\"2026-11-02T00:00:00Z\"}");
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("/CustomerEndpoint/Address").doesNotContain("1234-5678");
        for (String garbage : new String[] {"[1, 2]", "\"text\"", "{\"CustomerEndpoint\": {\"Address\": {}}}",
                "{\"CustomerEndpoint\": {\"Address\": \"+81\"}, \"InitiationTimestamp\": 12}", "null"}) {
            HttpResponse<String> bad = http.postJson("/api/v1/call-events", TestServer.STAFF_KEY, garbage);
            assertThat(bad.statusCode()).as(garbage).isEqualTo(400);
        }
    }
}
