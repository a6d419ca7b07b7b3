// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.streams.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.kasuhara.calls.CallEvent;
import org.kasuhara.calls.internal.CallEventJson;
import org.kasuhara.json.KasuharaJson;

/**
 * A record that could not be processed, as a dead letter: the reason (header {@code kasuhara.reason} and value)
 * and where the record stands (source topic, partition, offset). The record's key and value are not copied: they
 * may hold a caller number or an applicant's name; the offset finds them in the source topic. A record that passed
 * through a repartition topic carries its place in the source topic in the header {@code kasuhara.source}, and
 * its dead letter points there.
 */
final class DeadLetters {
    /** The header holding the reason, UTF-8. */
    static final String REASON_HEADER = "kasuhara.reason";
    /**
     * The record's call event, or {@code null} after sending the record to the dead letters with the parser's reason,
     * which names the field, never the caller or the text.
     */
    static CallEvent eventOrDeadLetter(ProcessorContext<String, String> context, Record<String, String> record) {
        try {
            return CallEventJson.parse(record.value() == null ? "null" : record.value());
        } catch (IllegalArgumentException e) {
            send(context, record, "invalid call event / 不正な通話イベント: " + e.getMessage());
            return null;
        }
    }

    /** The header holding {@code topic/partition/offset}. */
    static final String SOURCE_HEADER = "kasuhara.source";

    private DeadLetters() {
    }

    static void send(ProcessorContext<String, String> context, Record<String, String> record, String reason) {
        send(context, sourceOf(context, record), record.timestamp(), reason);
    }

    /**
     * @param context the processor's context
     * @param record  the record being processed
     * @return where it stands in the source topic: its {@code kasuhara.source} header, else its own metadata
     */
    static String sourceOf(ProcessorContext<String, String> context, Record<String, String> record) {
        Header header = record.headers().lastHeader(SOURCE_HEADER);
        if (header != null && header.value() != null) {
            return new String(header.value(), StandardCharsets.UTF_8);
        }
        return sourceOf(context);
    }

    /**
     * @param context the processor's context
     * @return where the record being processed stands: {@code topic/partition/offset}
     */
    static String sourceOf(ProcessorContext<String, String> context) {
        if (context.recordMetadata().isPresent()) {
            RecordMetadata metadata = context.recordMetadata().get();
            return metadata.topic() + "/" + metadata.partition() + "/" + metadata.offset();
        }
        return "?/-1/-1";
    }

    /**
     * @param source    {@code topic/partition/offset}
     * @param timestamp the dead letter's timestamp
     * @param reason    why (never quoting a caller or a transcript)
     */
    static void send(ProcessorContext<String, String> context, String source, long timestamp, String reason) {
        int last = source.lastIndexOf('/');
        int middle = source.lastIndexOf('/', last - 1);
        String topic = middle < 0 ? source : source.substring(0, middle);
        int partition = middle < 0 ? -1 : parseInt(source.substring(middle + 1, last));
        long offset = middle < 0 ? -1 : parseLong(source.substring(last + 1));
        ObjectNode value = KasuharaJson.mapper().createObjectNode();
        value.put("topic", topic).put("partition", partition).put("offset", offset).put("reason", reason);
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(SOURCE_HEADER, source.getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(source, value.toString(), timestamp, headers),
                TopologyWiring.DEAD_LETTERS_SINK);
    }

    private static int parseInt(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static long parseLong(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
