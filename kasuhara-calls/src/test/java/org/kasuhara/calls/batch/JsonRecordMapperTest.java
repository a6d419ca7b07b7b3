// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kasuhara.calls.UnmappedRecordException;

/** The sample fixtures, one record at a time: what maps, and what does not, named by key and JSON Pointer. */
class JsonRecordMapperTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static List<String> lines(String fixture) throws IOException {
        try (InputStream in = JsonRecordMapperTest.class.getResourceAsStream("mappings/" + fixture)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
    }

    private static CallRecord map(String mapping, String json) throws IOException {
        return JsonRecordMapper.of(SampleMappings.load(mapping)).map(JSON.readTree(json));
    }

    @Test
    void anAmazonConnectRecordMapsThroughNestedPointersAndAMissingEndpointIsNamed() throws IOException {
        List<String> records = lines("amazon-connect-ctr.jsonl");
        CallRecord second = map("amazon-connect-ctr", records.get(1));
        assertThat(second.caller()).isEqualTo("+81500000002");
        assertThat(second.matter()).isEqualTo("ORD-2002");
        assertThat(second.startSecond()).isEqualTo(Instant.parse("2026-11-02T02:00:00Z").getEpochSecond());
        assertThat(second.durationSeconds()).isEqualTo(65 * 60);
        assertThatThrownBy(() -> map("amazon-connect-ctr", records.get(2)))
                .isInstanceOfSatisfying(UnmappedRecordException.class, e -> {
                    assertThat(e.key()).isEqualTo("caller");
                    assertThat(e.pointer()).isEqualTo("/CustomerEndpoint/Address");
                    assertThat(e.getMessage()).isEqualTo("caller: /CustomerEndpoint/Address: not in the record");
                });
    }

    @Test
    void aTwilioCallbackStartsItsDurationBeforeItsTimestampAndABadTimestampIsNamedWithoutItsValue()
            throws IOException {
        List<String> records = lines("twilio-status-callback.jsonl");
        CallRecord first = map("twilio-status-callback", records.get(0));
        assertThat(first.startSecond()).isEqualTo(Instant.parse("2026-11-02T01:00:00Z").getEpochSecond());
        assertThatThrownBy(() -> map("twilio-status-callback", records.get(3)))
                .isInstanceOfSatisfying(UnmappedRecordException.class, e -> {
                    assertThat(e.pointer()).isEqualTo("/Timestamp");
                    assertThat(e.getMessage()).contains("rfc1123").doesNotContain("yesterday");
                });
    }

    @Test
    void aGenesysConversationWithoutItsEndIsNamed() throws IOException {
        List<String> records = lines("genesys-cloud-conversations.jsonl");
        assertThat(map("genesys-cloud-conversations", records.get(0)).caller()).isEqualTo("tel:+81500000021");
        assertThatThrownBy(() -> map("genesys-cloud-conversations", records.get(2)))
                .hasMessage("end: /conversationEnd: not in the record");
    }

    @Test
    void aSalesforceVoiceCallAsTheRestApiSendsItMapsByFieldNameAndAnEmptyCallerIsNamed() throws IOException {
        String good = "{\"Id\":\"0LQ000000000002\",\"FromPhoneNumber\":\"+81500000032\",\"CallStartDateTime\":"
                + "\"2026-11-02T02:00:00.000Z\",\"CallDurationInSeconds\":3900,\"Matter__c\":\"CASE-0200\"}";
        assertThat(map("salesforce-voicecall", good).durationSeconds()).isEqualTo(3900);
        assertThatThrownBy(() -> map("salesforce-voicecall", good.replace("+81500000032", "")))
                .hasMessage("caller: /FromPhoneNumber: empty or not in the record");
    }

    @Test
    void whatIsNoObjectOrHoldsAnObjectWhereTextBelongsIsRefused() throws IOException {
        assertThatThrownBy(() -> map("amazon-connect-ctr", "[1,2]")).hasMessage("expected a JSON object");
        assertThatThrownBy(() -> map("amazon-connect-ctr", "{\"CustomerEndpoint\":{\"Address\":{\"x\":1}}}"))
                .hasMessage("caller: /CustomerEndpoint/Address: expected text or a number");
        assertThatThrownBy(() -> map("twilio-status-callback",
                "{\"From\":\"+8150\",\"CallDuration\":\"-5\",\"Timestamp\":\"Mon, 02 Nov 2026 01:12:00 +0000\"}"))
                .hasMessage("duration: /CallDuration: not a duration in seconds");
        JsonNode endBeforeStart = JSON.readTree("{\"CustomerEndpoint\":{\"Address\":\"+8150\"},"
                + "\"InitiationTimestamp\":\"2026-11-02T02:00:00Z\",\"DisconnectTimestamp\":\"2026-11-02T01:00:00Z\"}");
        assertThatThrownBy(() -> JsonRecordMapper.of(SampleMappings.load("amazon-connect-ctr")).map(endBeforeStart))
                .hasMessage("end: /DisconnectTimestamp: before start");
    }
}
