// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.BitSet;
import java.util.Map;

/**
 * The monitor's state as JSON Lines: a header (format, key fingerprint, time), one line a running call, one line a
 * caller's recent calls (pseudonymised key, packed calls). Written to a temporary file and renamed into place.
 */
final class MonitorSnapshot {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String FORMAT = "kasuhara-call-monitor/1";

    private MonitorSnapshot() {
    }

    static void write(LiveCallMonitor monitor, Path file) {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
             JsonGenerator json = MAPPER.getFactory().createGenerator(out)) {
            json.setRootValueSeparator(null);
            json.writeStartObject();
            json.writeStringField("format", FORMAT);
            json.writeStringField("keyFingerprint", monitor.keys.fingerprint());
            json.writeStringField("time", monitor.time.toString());
            json.writeEndObject();
            json.writeRaw('\n');
            for (OpenCall call : monitor.open.values()) {
                json.writeStartObject();
                json.writeStringField("open", call.callId);
                json.writeNumberField("caller", call.callerKey);
                json.writeStringField("matter", call.matter);
                json.writeStringField("organization", call.organization);
                json.writeStringField("start", call.start.toString());
                json.writeBooleanField("offHours", call.offHours);
                json.writeBooleanField("warned", call.warned);
                json.writeArrayFieldStart("alerted");
                for (String key : call.alerted) {
                    json.writeString(key);
                }
                json.writeEndArray();
                json.writeArrayFieldStart("chunks");
                for (long word : call.chunks.toLongArray()) {
                    json.writeNumber(word);
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
            for (Map.Entry<Long, CallerHistory> entry : monitor.callers.entrySet()) {
                CallerHistory history = entry.getValue();
                json.writeStartObject();
                json.writeNumberField("caller", entry.getKey());
                json.writeNumberField("windowDays", history.windowDays);
                json.writeArrayFieldStart("calls");
                for (int i = 0; i < history.size(); i++) {
                    json.writeNumber(history.rawStart(i));
                    json.writeNumber(history.rawIds(i));
                }
                json.writeEndArray();
                json.writeEndObject();
                json.writeRaw('\n');
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write call-monitor snapshot " + file, e);
        }
        try {
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rename call-monitor snapshot into place: " + file, e);
        }
    }

    static void read(LiveCallMonitor monitor, Path file) {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonNode header = MAPPER.readTree(in.readLine());
            if (header == null || !FORMAT.equals(header.path("format").asText())) {
                throw new IllegalArgumentException(file + ":1: not a call-monitor snapshot (" + FORMAT + ")");
            }
            if (!monitor.keys.fingerprint().equals(header.path("keyFingerprint").asText())) {
                throw new IllegalArgumentException(file + ": written with another caller key; give the monitor the"
                        + " same callerKey to restore it");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode node = MAPPER.readTree(line);
                if (node.has("open")) {
                    OpenCall call = new OpenCall(node.get("open").asText(), node.get("caller").asLong(),
                            textOrNull(node, "matter"), textOrNull(node, "organization"),
                            Instant.parse(node.get("start").asText()), node.get("offHours").asBoolean());
                    call.warned = node.get("warned").asBoolean();
                    node.get("alerted").forEach(k -> call.alerted.add(k.asText()));
                    long[] words = new long[node.get("chunks").size()];
                    for (int i = 0; i < words.length; i++) {
                        words[i] = node.get("chunks").get(i).asLong();
                    }
                    call.chunks.or(BitSet.valueOf(words));
                    monitor.open.put(call.callId, call);
                } else if (node.has("calls")) {
                    CallerHistory history = new CallerHistory();
                    history.windowDays = node.get("windowDays").asInt();
                    JsonNode calls = node.get("calls");
                    for (int i = 0; i + 1 < calls.size(); i += 2) {
                        history.addRaw(calls.get(i).asLong(), calls.get(i + 1).asLong());
                    }
                    monitor.callers.put(node.get("caller").asLong(), history);
                } else {
                    throw new IllegalArgumentException(file + ":" + number + ": neither a call nor a caller");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read call-monitor snapshot " + file, e);
        }
    }

    private static String textOrNull(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
