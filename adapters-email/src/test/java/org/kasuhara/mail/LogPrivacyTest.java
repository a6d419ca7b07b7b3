// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.SENDER;
import static org.kasuhara.mail.TestMessages.SENDER_NAME;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.testing.ConsoleCapture;

/**
 * Sender addresses, names, subjects and message text never reach the log: everything written to standard output and
 * error (where slf4j-simple logs) while messages are taken in, acknowledged, retried and failed is searched.
 */
class LogPrivacyTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServer.extension();

    private static final String SECRET_TEXT = "山田の自宅は渋谷区神南1-2-3です";

    @TempDir
    Path work;

    @Test
    void noPersonalDataInLogOutput() throws Exception {
        String log = ConsoleCapture.of(() -> {
            MailSettings good = MailServer.settings(GREEN_MAIL);
            MailSettings smtpDown = MailSettings.of(Map.of("kasuhara.mail.smtp.port", "1",
                    "kasuhara.mail.max.attempts", "1")).orElse(good);
            MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("p1", SECRET_TEXT, "ISO-2022-JP",
                    null)));
            MailServer.deliver(GREEN_MAIL, TestMessages.raw(TestMessages.headers("p2",
                    "Content-Type: multipart/mixed; boundary=q"), SECRET_TEXT.getBytes(StandardCharsets.UTF_8)));
            MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("p3", "殺すぞ " + SECRET_TEXT,
                    "UTF-8", null)));
            CaseStore store = CaseStore.inMemory();
            try (MailboxWatcher w = MailboxWatcher.create(good, intake(store, good), WatcherListener.NONE)) {
                w.pollOnce();
            }
            MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("p4", SECRET_TEXT, "UTF-8", null)));
            try (MailboxWatcher w = MailboxWatcher.create(smtpDown, intake(store, smtpDown), WatcherListener.NONE)) {
                w.pollOnce();
            }
        });
        assertThat(log).contains("MAIL-", "KH-0000000");      // the log did capture the intake
        assertThat(log).doesNotContain(SENDER, "yamada", SENDER_NAME, "山田", "渋谷", TestMessages.SUBJECT,
                "商品の不具合", "殺すぞ", "p1@mail.example.jp");
    }

    private MailIntake intake(CaseStore store, MailSettings settings) {
        return MailIntake.replying(store, MailServer.ENGINE, MailParser.create(MailParserOptions.defaults()),
                MailSender.create(settings), Acknowledgements.defaults(), work.resolve("acks"));
    }
}
