package org.kasuhara.streams.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.kasuhara.json.KasuharaJson;

/**
 * A record that could not be processed, as a dead letter: the reason (header {@code kasuhara.reason} and value)
 * and where the record stands (source topic, partition, offset). The record's key and value are not copied: they
 * may hold a caller number or an applicant's name; the offset finds them in the source topic.
 */
final class DeadLetters {
    /** The header holding the reason, UTF-8. */
    static final String REASON_HEADER = "kasuhara.reason";
    /** The header holding {@code topic/partition/offset}. */
    static final String SOURCE_HEADER = "kasuhara.source";

    private DeadLetters() {
    }

    static void send(ProcessorContext<String, String> context, Record<String, String> record, String reason) {
        String topic = "?";
        int partition = -1;
        long offset = -1;
        if (context.recordMetadata().isPresent()) {
            RecordMetadata metadata = context.recordMetadata().get();
            topic = metadata.topic();
            partition = metadata.partition();
            offset = metadata.offset();
        }
        String source = topic + "/" + partition + "/" + offset;
        ObjectNode value = KasuharaJson.mapper().createObjectNode();
        value.put("topic", topic).put("partition", partition).put("offset", offset).put("reason", reason);
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON_HEADER, reason.getBytes(StandardCharsets.UTF_8));
        headers.add(SOURCE_HEADER, source.getBytes(StandardCharsets.UTF_8));
        context.forward(new Record<>(source, value.toString(), record.timestamp(), headers),
                TopologyWiring.DEAD_LETTERS_SINK);
    }
}
