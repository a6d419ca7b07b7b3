// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.benchmarks;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.kasuhara.engine.TriageEngine;
import org.kasuhara.mail.Acknowledgements;
import org.kasuhara.mail.BatchSummary;
import org.kasuhara.mail.EvidenceStore;
import org.kasuhara.mail.MailIntake;
import org.kasuhara.mail.MailParser;
import org.kasuhara.mail.MailParserOptions;
import org.kasuhara.mail.MailSender;
import org.kasuhara.mail.MailSettings;
import org.kasuhara.mail.MailboxWatcher;
import org.kasuhara.mail.WatcherListener;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;

/**
 * End-to-end intake rate from a real IMAP server (GreenMail in this JVM): N typical messages are delivered to the
 * inbox, then one watcher poll fetches each over IMAP, parses it, stores evidence in a folder, commits the case to
 * the H2 store, assesses it with the default rules, sends the acknowledgement over SMTP and moves the message to
 * Processed. Prints messages per second for the poll. Run:
 * {@code java -cp benchmarks/target/benchmarks.jar org.kasuhara.benchmarks.MailIngestRate [N] [rounds] [imap|no-replies|no-imap]}
 * ({@code no-replies}: without the SMTP acknowledgement; {@code no-imap}: the intake alone, messages given in memory).
 */
public final class MailIngestRate {
    private MailIngestRate() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        String mode = args.length > 2 ? args[2] : "imap";
        boolean replying = mode.equals("imap");
        TriageEngine engine = TriageEngine.builder().build();
        for (int round = 1; round <= rounds; round++) {
            GreenMail greenMail = new GreenMail(new ServerSetup[] {ServerSetupTest.SMTP.dynamicPort(),
                ServerSetupTest.IMAP.dynamicPort()});
            greenMail.start();
            greenMail.setUser("madoguchi@counter.example", "counter", "pw");
            Path dir = Files.createTempDirectory("kasuhara-mail-rate");
            try (CaseStore store = JdbcCaseStore.h2(dir.resolve("data"))) {
                Session session = Session.getInstance(new Properties());
                var user = greenMail.getUserManager().getUserByEmail("madoguchi@counter.example");
                for (int i = 0; i < n; i++) {
                    byte[] raw = BenchmarkMails.typical("rate-" + round + "-" + i);
                    user.deliver(new MimeMessage(session, new ByteArrayInputStream(raw)));
                }
                MailSettings settings = MailSettings.of(settings(greenMail));
                if (mode.equals("no-imap")) {
                    offline(store, engine, dir, n, round);
                    continue;
                }
                MailParser parser = MailParser.create(MailParserOptions.defaults()
                        .withEvidenceStore(EvidenceStore.directory(dir.resolve("evidence"))));
                MailIntake intake = replying ? MailIntake.replying(store, engine, parser, MailSender.create(settings),
                        Acknowledgements.defaults(), dir.resolve("acks")) : MailIntake.offline(store, engine, parser);
                long start = System.nanoTime();
                BatchSummary summary;
                try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake, WatcherListener.NONE)) {
                    summary = watcher.pollOnce();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                System.out.printf("round %d: %d messages (%d processed) in %.2f s = %.1f messages/s%n", round, n,
                        summary.processed(), seconds, n / seconds);
            } finally {
                greenMail.stop();
            }
        }
    }

    /** The same intake without the server: parse, evidence, store, assess; the share of IMAP is the difference. */
    private static void offline(CaseStore store, TriageEngine engine, Path dir, int n, int round) {
        MailIntake intake = MailIntake.offline(store, engine, MailParser.create(MailParserOptions.defaults()
                .withEvidenceStore(EvidenceStore.directory(dir.resolve("evidence")))));
        byte[][] messages = new byte[n][];
        for (int i = 0; i < n; i++) {
            messages[i] = BenchmarkMails.typical("offline-" + round + "-" + i);
        }
        long start = System.nanoTime();
        for (byte[] raw : messages) {
            intake.ingest(raw, java.time.Instant.now());
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf("round %d (no IMAP): %d messages in %.2f s = %.1f messages/s%n", round, n, seconds,
                n / seconds);
    }

    private static Map<String, String> settings(GreenMail greenMail) {
        Map<String, String> m = new HashMap<>();
        m.put("kasuhara.mail.imap.host", "127.0.0.1");
        m.put("kasuhara.mail.imap.port", String.valueOf(greenMail.getImap().getPort()));
        m.put("kasuhara.mail.imap.security", "none");
        m.put("kasuhara.mail.imap.user", "counter");
        m.put("kasuhara.mail.imap.password", "pw");
        m.put("kasuhara.mail.smtp.host", "127.0.0.1");
        m.put("kasuhara.mail.smtp.port", String.valueOf(greenMail.getSmtp().getPort()));
        m.put("kasuhara.mail.smtp.security", "none");
        m.put("kasuhara.mail.from", "madoguchi@counter.example");
        return m;
    }
}
