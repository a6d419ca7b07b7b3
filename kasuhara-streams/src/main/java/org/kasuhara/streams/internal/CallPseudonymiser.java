// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.internal.CallEventJson;
import org.kasuhara.calls.internal.CallerKeys;

/**
 * The first step of re-keying call events that are not keyed by caller: checks the event, replaces its
 * {@code caller} by the caller's pseudonym (16 hex digits; the same as a caller key {@code organization + "\0" +
 * caller}, or the caller alone when there is no organisation, would give) and keys it by call id, so that the
 * repartition by call id never carries a caller number. The place of the record in the source topic travels in the
 * header {@code kasuhara.source}, so that a later dead letter points there. A bad event is a dead letter here,
 * before any repartition.
 */
final class CallPseudonymiser implements Processor<String, String, String, String> {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final CallerKeys keys;
    private ProcessorContext<String, String> context;

    CallPseudonymiser(byte[] callerKey) {
        this.keys = new CallerKeys(callerKey);
    }

    @Override
    public void init(ProcessorContext<String, String> value) {
        context = value;
    }

    @Override
    public void process(Record<String, String> record) {
        CallEvent event;
        ObjectNode json;
        try {
            event = CallEventJson.parse(record.value() == null ? "null" : record.value());
            json = (ObjectNode) MAPPER.readTree(record.value());
        } catch (IllegalArgumentException | JsonProcessingException e) {
            // the parser's messages name the field, never the caller or the text
            DeadLetters.send(context, record, "invalid call event / 不正な通話イベント: " + e.getMessage());
            return;
        }
        if (event.caller() != null && !event.caller().isBlank()) {
            long pseudonym = event.organization() == null ? keys.of(event.caller())
                    : keys.of(event.organization(), event.caller());
            json.put("caller", CallerKeyReader.text(pseudonym));
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add(DeadLetters.SOURCE_HEADER,
                DeadLetters.sourceOf(context).getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(event.callId(), json.toString(), record.timestamp(), headers),
                TopologyWiring.BY_CALL);
    }
}
