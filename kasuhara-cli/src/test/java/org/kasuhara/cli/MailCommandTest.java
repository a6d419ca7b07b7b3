// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.cli;

import org.kasuhara.cli.mail.MailConfigFile;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.mail.MailSettings;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.StoredCase;
import org.kasuhara.cases.store.jdbc.JdbcCaseStore;

/** {@code kasuhara mail ingest} on .eml files and {@code kasuhara mail watch} against a real GreenMail server. */
public class MailCommandTest {
    private static final String COUNTER = "madoguchi@counter.example";
    private static final String CUSTOMER = "customer@example.jp";

    @RegisterExtension
    public static final GreenMailExtension GREEN_MAIL = new GreenMailExtension(new ServerSetup[] {
        ServerSetupTest.SMTP.dynamicPort(), ServerSetupTest.IMAP.dynamicPort()})
            .withConfiguration(GreenMailConfiguration.aConfig().withUser(COUNTER, "counter", "pw"))
            .withPerMethodLifecycle(true);

    @TempDir
    Path dir;

    public static byte[] eml(String id, String text) throws Exception {
        return eml(id, text, CUSTOMER);
    }

    public static byte[] eml(String id, String text, String from) throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties())) {
            @Override
            protected void updateMessageID() throws jakarta.mail.MessagingException {
                setHeader("Message-ID", "<" + id + "@example.jp>");
            }
        };
        m.setFrom(new InternetAddress(from, "お客様", "ISO-2022-JP"));
        m.setRecipient(MimeMessage.RecipientType.TO, new InternetAddress(COUNTER));
        m.setSubject("店舗での対応について", "ISO-2022-JP");
        m.setText(text, "ISO-2022-JP");
        m.setSentDate(new Date());
        m.saveChanges();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        m.writeTo(out);
        return out.toByteArray();
    }

    @Test
    public void ingestStoresEachMessageOncePrintsReceiptsAndKeepsEvidence() throws Exception {
        Path a = Files.write(dir.resolve("a.eml"), eml("a", "商品が壊れていました。交換をお願いします。"));
        Path b = Files.write(dir.resolve("b.eml"), eml("b", "ふざけるな。お前を殺すぞ。"));
        Path data = dir.resolve("data");

        CliRun run = CliRun.of("mail", "ingest", "--data", data.toString(), "--lang", "en", a.toString(),
                b.toString(), a.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(3);
        assertThat(run.outLines().get(0)).startsWith("KH-00000001  MAIL-").contains("accepted", "report due");
        assertThat(run.outLines().get(1)).startsWith("KH-00000002").contains("not accepted, report to police");
        assertThat(run.outLines().get(2)).startsWith("KH-00000001").contains("already received");
        assertThat(run.out()).doesNotContain(CUSTOMER, "殺すぞ");
        try (JdbcCaseStore store = JdbcCaseStore.h2(data)) {
            List<StoredCase> cases = store.list(CaseQuery.all());
            assertThat(cases).hasSize(2);
            assertThat(cases.get(0).caseData().contacts().get(0).text()).contains("交換をお願いします");
            assertThat(cases.get(0).originalText()).contains("kasuhara-mail-evidence/1");
        }
        assertThat(data.resolve("mail-evidence/sha256")).isDirectory();
    }

    @Test
    public void ingestReportsAnUnreadableFileAndGoesOn() throws Exception {
        Path a = Files.write(dir.resolve("a.eml"), eml("ok", "返金をお願いします。"));

        CliRun run = CliRun.of("mail", "ingest", "--data", dir.resolve("data").toString(), "--lang", "ja",
                dir.resolve("missing.eml").toString(), a.toString());

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("読めないファイル", "missing.eml");
        assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(l).startsWith("KH-00000001"));
    }

    @Test
    public void watchOnceTakesTheInboxInAcknowledgesAndMovesToFolders() throws Exception {
        Session session = Session.getInstance(new Properties());
        var user = GREEN_MAIL.getUserManager().getUserByEmail(COUNTER);
        user.deliver(new MimeMessage(session, new java.io.ByteArrayInputStream(eml("w1", "返金をお願いします。"))));
        user.deliver(new MimeMessage(session, new java.io.ByteArrayInputStream(eml("w2", "殺すぞ。"))));
        Path config = Files.writeString(dir.resolve("mail.yaml"), String.join("\n",
                "kasuhara:",
                "  mail:",
                "    imap: {host: 127.0.0.1, port: " + GREEN_MAIL.getImap().getPort()
                        + ", security: none, user: counter, password: pw}",
                "    smtp: {host: 127.0.0.1, port: " + GREEN_MAIL.getSmtp().getPort() + ", security: none}",
                "    from: " + COUNTER,
                "    organization: acme-foods", ""));
        Path data = dir.resolve("data");

        CliRun run = CliRun.of("mail", "watch", "--once", "--config", config.toString(), "--data", data.toString(),
                "--lang", "en");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.outLines()).hasSize(2);
        assertThat(run.outLines().get(0)).contains("accepted", "reply SENT");
        assertThat(run.outLines().get(1)).contains("not accepted", "reply SENT");
        assertThat(GREEN_MAIL.findReceivedMessages(u -> u.getEmail().equals(CUSTOMER), m -> true)).hasSize(2);
        try (JdbcCaseStore store = JdbcCaseStore.h2(data)) {
            assertThat(store.list(CaseQuery.all())).hasSize(2)
                    .allSatisfy(c -> assertThat(c.organization()).isEqualTo("acme-foods"));
        }
        CliRun again = CliRun.of("mail", "watch", "--once", "--config", config.toString(), "--data",
                data.toString());
        assertThat(again.exit()).isZero();
        assertThat(again.outLines()).isEmpty();
    }

    @Test
    public void watchWithoutSettingsSaysWhichIsMissing() {
        CliRun run = CliRun.of("mail", "watch", "--once", "--data", dir.resolve("data").toString(), "--lang", "en");

        assertThat(run.exit()).isEqualTo(ExitCodes.INVALID_INPUT);
        assertThat(run.err()).contains("settings error", "kasuhara.mail.imap.host", "KASUHARA_MAIL_IMAP_HOST");
    }

    @Test
    public void environmentOverridesTheConfigFileAndPropertiesFilesWork() throws Exception {
        Path file = Files.writeString(dir.resolve("mail.properties"),
                "kasuhara.mail.imap.host=imap.example.jp\nkasuhara.mail.imap.password=from-file\n");

        MailSettings settings = MailConfigFile.settings(file, Map.of("KASUHARA_MAIL_IMAP_PASSWORD", "from-env"));

        assertThat(settings.imapHost()).isEqualTo("imap.example.jp");
        assertThat(settings.imapPassword()).isEqualTo("from-env");
    }

    @Test
    public void helpIsBilingual() {
        CliRun run = CliRun.of("mail", "watch", "--help");
        assertThat(run.out()).contains("IMAP メールボックスを監視", "Watches an IMAP mailbox", "--config", "--once");
        assertThat(CliRun.of("mail", "ingest", "--help").out()).contains("保存されたメール", "offline");
    }
}
