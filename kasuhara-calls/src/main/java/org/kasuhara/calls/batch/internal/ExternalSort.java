// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.calls.batch.internal;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.kasuhara.calls.batch.CallRecord;

/**
 * Sorts records by start time (then line) on disk: runs of a fixed number of records are sorted in memory and
 * written to temporary files, then merged. Memory: one run. Temporary files are deleted when the merge closes.
 */
final class ExternalSort implements RecordSource {
    private static final Comparator<CallRecord> ORDER = Comparator.comparingLong(CallRecord::startSecond)
            .thenComparingLong(CallRecord::line);

    private record Head(CallRecord record, DataInputStream in) {
    }

    private final List<Path> runs = new ArrayList<>();
    private final PriorityQueue<Head> heads = new PriorityQueue<>(Comparator.comparing(Head::record, ORDER));
    private final List<DataInputStream> open = new ArrayList<>();

    ExternalSort(RecordSource source, int runRecords, Path tmpDir) throws IOException {
        List<CallRecord> run = new ArrayList<>(runRecords);
        CallRecord r;
        while ((r = source.next()) != null) {
            run.add(r);
            if (run.size() == runRecords) {
                spill(run, tmpDir);
            }
        }
        if (!run.isEmpty()) {
            spill(run, tmpDir);
        }
        for (Path path : runs) {
            DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(path), 1 << 16));
            open.add(in);
            CallRecord first = read(in);
            if (first != null) {
                heads.add(new Head(first, in));
            }
        }
    }

    private void spill(List<CallRecord> run, Path tmpDir) throws IOException {
        run.sort(ORDER);
        Path file = Files.createTempFile(tmpDir, "kasuhara-sort-", ".run");
        runs.add(file);
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16))) {
            for (CallRecord r : run) {
                out.writeLong(r.line());
                out.writeUTF(r.caller());
                out.writeUTF(r.matter() == null ? "\u0000" : r.matter());
                out.writeUTF(r.organization() == null ? "\u0000" : r.organization());
                out.writeLong(r.startSecond());
                out.writeInt(r.durationSeconds());
            }
        }
        run.clear();
    }

    private static CallRecord read(DataInputStream in) throws IOException {
        long line;
        try {
            line = in.readLong();
        } catch (EOFException e) {
            return null;
        }
        String caller = in.readUTF();
        String matter = in.readUTF();
        String org = in.readUTF();
        return new CallRecord(line, caller, matter.equals("\u0000") ? null : matter, org.equals("\u0000") ? null : org,
                in.readLong(), in.readInt());
    }

    @Override
    public CallRecord next() throws IOException {
        Head head = heads.poll();
        if (head == null) {
            return null;
        }
        CallRecord following = read(head.in());
        if (following != null) {
            heads.add(new Head(following, head.in()));
        }
        return head.record();
    }

    @Override
    public long bytesRead() {
        return 0;
    }

    int runs() {
        return runs.size();
    }

    @Override
    public void close() throws IOException {
        for (DataInputStream in : open) {
            in.close();
        }
        for (Path run : runs) {
            Files.deleteIfExists(run);
        }
    }
}
