// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.kasuhara.mail.EvidenceStore;
import org.kasuhara.mail.MailParser;
import org.kasuhara.mail.MailParserOptions;
import org.kasuhara.mail.ParsedMail;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Messages parsed per second: the typical Japanese message with one 200 KB attachment ({@link BenchmarkMails}) read
 * into a case with its evidence. {@code evidence=hash} hashes raw message and attachment without keeping them;
 * {@code evidence=folder} also writes them to a temporary folder (content-addressed, so after the first operation
 * the same bytes are only hashed and found present).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
public class MailParseBenchmark {
    @Param({"hash", "folder"})
    public String evidence;

    private MailParser parser;
    private byte[] message;

    @Setup
    public void setUp() throws IOException {
        message = BenchmarkMails.typical("bench-parse");
        EvidenceStore store = evidence.equals("hash") ? EvidenceStore.hashOnly()
                : EvidenceStore.directory(Files.createTempDirectory("kasuhara-mail-bench"));
        parser = MailParser.create(MailParserOptions.defaults().withEvidenceStore(store));
    }

    @Benchmark
    public ParsedMail parse() {
        return parser.parse(message, Instant.EPOCH);
    }
}
