// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.kasuhara.calls.batch.AnalysisSummary;
import org.kasuhara.calls.batch.CallRecordAnalysis;
import org.kasuhara.calls.batch.RecordMapping;
import org.kasuhara.policy.Policies;

/**
 * Batch analysis of N generated call-detail records (default 10 million) in time order over a year: time, rate,
 * and the heap in use at each tenth of the file (it must stay flat as the file grows). Callers come from a pool of
 * 2 million, a few of them calling again and again; 1 call in 50 lasts an hour or more. The file is written to a
 * temporary folder and deleted afterwards.
 *
 * <pre>java -Xmx1g -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.CallBatchThroughput [N]</pre>
 */
public final class CallBatchThroughput {
    private static final DateTimeFormatter ISO = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private CallBatchThroughput() {
    }

    /**
     * @param args N records
     * @throws IOException when the temporary files cannot be written
     * @throws InterruptedException when interrupted between collections
     */
    public static void main(String[] args) throws IOException, InterruptedException {
        long n = args.length > 0 ? Long.parseLong(args[0]) : 10_000_000L;
        Path dir = Files.createTempDirectory("kasuhara-calls-bench");
        Path csv = dir.resolve("cdr.csv");
        long g0 = System.nanoTime();
        generate(csv, n);
        System.out.printf(Locale.ROOT, "generated %,d records (%.0f MiB) in %.1f s%n", n, Files.size(csv) / 1048576.0,
                (System.nanoTime() - g0) / 1e9);
        long size = Files.size(csv);
        List<String> heap = new ArrayList<>();
        long[] nextTenth = {size / 10};
        CallRecordAnalysis.Options options = CallRecordAnalysis.Options.of(Policies.defaults(),
                RecordMapping.defaults(), CallRecordAnalysis.Format.CSV);
        long t0 = System.nanoTime();
        AnalysisSummary s = CallRecordAnalysis.run(csv, options, dir.resolve("out"), (records, bytes) -> {
            if (bytes >= nextTenth[0]) {
                Runtime rt = Runtime.getRuntime();
                heap.add(String.format(Locale.ROOT, "%d%%:%.0f", 100 * bytes / size,
                        (rt.totalMemory() - rt.freeMemory()) / 1048576.0));
                nextTenth[0] += size / 10;
            }
        });
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "analysed %,d records in %.1f s = %,.0f records/s; peak callers held %,d;"
                        + " confinement %,d; repeat pairs %,d; off-hours patterns %,d; malformed %,d%n", s.records(),
                seconds, s.records() / seconds, s.peakActiveCallers(), s.confinementCalls(), s.repeatMatters(),
                s.offHoursPatterns(), s.malformed());
        System.out.println("heap in use (MiB, sampled, includes garbage) at share of file: " + heap);
        System.out.printf(Locale.ROOT, "max heap %.0f MiB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static void generate(Path csv, long n) throws IOException {
        SplittableRandom random = new SplittableRandom(7);
        LocalDateTime t = LocalDateTime.of(2026, 1, 1, 0, 0);
        double step = 365.0 * 86_400 / n;
        double acc = 0;
        try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
            out.write("caller,matter,organization,start,end\n");
            for (long i = 0; i < n; i++) {
                acc += step;
                if (acc >= 1) {
                    t = t.plusSeconds((long) acc);
                    acc -= (long) acc;
                }
                int caller = random.nextInt(100) < 2 ? random.nextInt(2_000) : random.nextInt(2_000_000);
                int minutes = random.nextInt(50) == 0 ? 60 + random.nextInt(60) : 1 + random.nextInt(20);
                String start = ISO.format(t);
                out.write("+81-90-");
                out.write(Integer.toString(caller));
                out.write(",order-");
                out.write(Integer.toString(caller % 5));
                out.write(",acme,");
                out.write(start);
                out.write(',');
                out.write(ISO.format(t.plusMinutes(minutes)));
                out.write('\n');
            }
        }
    }
}
