// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.BitSet;
import java.util.Map;

/**
 * The bytes of a {@link CallerState}: a format byte, then the history (packed calls), the running calls, the
 * ended calls held for late events and the waiting ended events. Holds call ids, matters and organisations, never
 * a caller number (the state's key is the caller's pseudonym).
 */
final class CallerStateCodec {
    private static final int FORMAT = 1;

    private CallerStateCodec() {
    }

    static byte[] write(CallerState state) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeLong(state.time);
            out.writeInt(state.history.windowDays);
            out.writeInt(state.history.size());
            for (int i = 0; i < state.history.size(); i++) {
                out.writeLong(state.history.rawStart(i));
                out.writeLong(state.history.rawIds(i));
            }
            writeCalls(out, state.open);
            writeCalls(out, state.ended);
            out.writeInt(state.pendingEnds.size());
            for (Map.Entry<String, long[]> entry : state.pendingEnds.entrySet()) {
                out.writeUTF(entry.getKey());
                for (long value : entry.getValue()) {
                    out.writeLong(value);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static void writeCalls(DataOutputStream out, Map<String, OpenCall> calls) throws IOException {
        out.writeInt(calls.size());
        for (OpenCall call : calls.values()) {
            out.writeUTF(call.callId);
            writeNullable(out, call.matter);
            writeNullable(out, call.organization);
            out.writeLong(call.start.getEpochSecond());
            out.writeInt(call.start.getNano());
            out.writeBoolean(call.offHours);
            out.writeBoolean(call.warned);
            out.writeBoolean(call.end != null);
            if (call.end != null) {
                out.writeLong(call.end.getEpochSecond());
                out.writeInt(call.end.getNano());
            }
            out.writeLong(call.heldUntil);
            out.writeLong(call.dueSecond);
            out.writeInt(call.alerted.size());
            for (String key : call.alerted) {
                out.writeUTF(key);
            }
            long[] words = call.chunks.toLongArray();
            out.writeInt(words.length);
            for (long word : words) {
                out.writeLong(word);
            }
        }
    }

    static CallerState read(long callerKey, Duration hold, byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes))) {
            int format = in.readByte();
            if (format != FORMAT) {
                throw new IllegalArgumentException("caller state: format " + format + ", expected " + FORMAT);
            }
            long time = in.readLong();
            CallerHistory history = new CallerHistory();
            history.windowDays = in.readInt();
            int calls = in.readInt();
            for (int i = 0; i < calls; i++) {
                history.addRaw(in.readLong(), in.readLong());
            }
            CallerState state = new CallerState(callerKey, hold, history, time);
            readCalls(in, callerKey, state.open);
            readCalls(in, callerKey, state.ended);
            int pending = in.readInt();
            for (int i = 0; i < pending; i++) {
                state.pendingEnds.put(in.readUTF(), new long[] {in.readLong(), in.readLong(), in.readLong()});
            }
            return state;
        } catch (IOException e) {
            throw new IllegalArgumentException("caller state: truncated or not a caller state", e);
        }
    }

    private static void readCalls(DataInputStream in, long callerKey, Map<String, OpenCall> into)
            throws IOException {
        int count = in.readInt();
        for (int i = 0; i < count; i++) {
            String callId = in.readUTF();
            String matter = readNullable(in);
            String organization = readNullable(in);
            Instant start = Instant.ofEpochSecond(in.readLong(), in.readInt());
            OpenCall call = new OpenCall(callId, callerKey, matter, organization, start, in.readBoolean());
            call.warned = in.readBoolean();
            if (in.readBoolean()) {
                call.end = Instant.ofEpochSecond(in.readLong(), in.readInt());
            }
            call.heldUntil = in.readLong();
            call.dueSecond = in.readLong();
            int alerted = in.readInt();
            for (int a = 0; a < alerted; a++) {
                call.alerted.add(in.readUTF());
            }
            long[] words = new long[in.readInt()];
            for (int w = 0; w < words.length; w++) {
                words[w] = in.readLong();
            }
            call.chunks.or(BitSet.valueOf(words));
            into.put(callId, call);
        }
    }

    private static void writeNullable(DataOutputStream out, String value) throws IOException {
        out.writeBoolean(value != null);
        if (value != null) {
            out.writeUTF(value);
        }
    }

    private static String readNullable(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readUTF() : null;
    }
}
