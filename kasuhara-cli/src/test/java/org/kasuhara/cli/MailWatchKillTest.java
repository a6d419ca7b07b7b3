// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;

/**
 * {@code kasuhara mail watch} in its own JVM, killed with SIGKILL in the middle of a batch and started again: every
 * message is stored exactly once in the H2 store, moved exactly once, and acknowledged (at least once; a reply sent
 * in the instant before the kill may be sent twice, never zero times).
 */
public class MailWatchKillTest {
    private static final String COUNTER = "madoguchi@counter.example";
    private static final int MESSAGES = 30;

    @RegisterExtension
    public static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(new ServerSetup[] {
        ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(COUNTER, "counter", "pw"))
            .withPerMethodLifecycle(true);

    @TempDir
    Path dir;

    @Test
    public void killedMidBatchAndRestartedLosesAndDuplicatesNothing() throws Exception {
        Session session = Session.getInstance(new Properties());
        var inbox = GREEN_MAIL.getUserManager().getUserByEmail(COUNTER);
        for (int i = 0; i < MESSAGES; i++) {
            inbox.deliver(new MimeMessage(session, new ByteArrayInputStream(
                    MailCommandTest.eml("kill-" + i, "商品が届きません。返金をお願いします。" + i,
                    "customer" + i + "@example.jp"))));
        }
        Path config = Files.writeString(dir.resolve("mail.properties"), String.join("\n",
                "kasuhara.mail.imap.host=127.0.0.1", "kasuhara.mail.imap.port=" + GREEN_MAIL.getImap().getPort(),
                "kasuhara.mail.imap.security=none", "kasuhara.mail.imap.user=counter",
                "kasuhara.mail.imap.password=pw", "kasuhara.mail.smtp.host=127.0.0.1",
                "kasuhara.mail.smtp.port=" + GREEN_MAIL.getSmtp().getPort(), "kasuhara.mail.smtp.security=none",
                "kasuhara.mail.from=" + COUNTER, "kasuhara.mail.poll.interval=PT0.5S", ""));
        Path data = dir.resolve("data");

        Process watcher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KasuharaCommand.class.getName(), "mail", "watch",
                "--config", config.toString(), "--data", data.toString(), "--lang", "en")
                .redirectError(dir.resolve("watcher.err").toFile()).start();
        int printed = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(watcher.getInputStream(),
                StandardCharsets.UTF_8))) {
            while (printed < 5 && out.readLine() != null) {
                printed++;
            }
            watcher.destroyForcibly();         // SIGKILL: no shutdown hook, no cleanup, mid-batch
            watcher.waitFor(30, TimeUnit.SECONDS);
        }
        assertThat(printed).as(Files.readString(dir.resolve("watcher.err"))).isEqualTo(5);
        assertThat(imapFolder("INBOX")).as("the kill interrupted the batch").isNotEmpty();

        CliRun restart = CliRun.of("mail", "watch", "--once", "--config", config.toString(), "--data",
                data.toString(), "--lang", "en");

        assertThat(restart.exit()).as(restart.err()).isZero();
        try (JdbcCaseStore store = JdbcCaseStore.h2(data)) {
            List<StoredCase> cases = store.list(CaseQuery.all());
            assertThat(cases).hasSize(MESSAGES);
            assertThat(cases).extracting(StoredCase::caseId).doesNotHaveDuplicates();
            assertThat(cases).allSatisfy(c -> assertThat(c.latestAssessment()).isPresent());
        }
        assertThat(imapFolder("INBOX")).isEmpty();
        assertThat(imapFolder("Processed")).hasSize(MESSAGES).doesNotHaveDuplicates();
        List<String> acknowledged = new ArrayList<>();
        Pattern receipt = Pattern.compile("KH-\\d{8}");
        GREEN_MAIL.findReceivedMessages(u -> u.getEmail().startsWith("customer"), m -> true).forEach(m -> {
            try {
                Matcher found = receipt.matcher(m.getSubject());
                acknowledged.add(found.find() ? found.group() : "?");
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        });
        assertThat(acknowledged.stream().distinct().count()).isEqualTo(MESSAGES);
        assertThat(acknowledged).hasSizeBetween(MESSAGES, MESSAGES + 1);
    }

    private List<String> imapFolder(String name) throws Exception {
        Store store = Session.getInstance(new Properties()).getStore("imap");
        store.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), "counter", "pw");
        try {
            Folder folder = store.getFolder(name);
            if (!folder.exists()) {
                return List.of();
            }
            folder.open(Folder.READ_ONLY);
            List<String> ids = new ArrayList<>();
            for (Message m : folder.getMessages()) {
                if (!m.isSet(jakarta.mail.Flags.Flag.DELETED)) {
                    ids.add(m.getHeader("Message-ID")[0]);
                }
            }
            return ids;
        } finally {
            store.close();
        }
    }
}
