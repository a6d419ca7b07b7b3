// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.COMPLAINT;
import static org.kasuhara.mail.TestMessages.SENDER;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.mail.MailIntakeResult.Acknowledgement.Status;
import org.kasuhara.cases.store.CaseStore;

/** Auto-replies, bounces and list mail are taken in but never answered, so no two robots can loop. */
class LoopProtectionTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServer.extension();

    @TempDir
    Path work;

    private MailIntake intake(CaseStore store) {
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        return MailIntake.replying(store, MailServer.ENGINE, MailParser.create(MailParserOptions.defaults()),
                MailSender.create(settings), Acknowledgements.defaults(), work.resolve("acks"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Auto-Submitted: auto-replied",
        "Auto-Submitted: auto-generated",
        "X-Autoreply: yes",
        "X-Autorespond: vacation",
        "Precedence: bulk",
        "Precedence: junk",
        "Precedence: list",
        "List-Id: <customers.example.jp>",
        "List-Unsubscribe: <mailto:leave@example.jp>",
        "Return-Path: <>",
        "Content-Type: multipart/report; report-type=delivery-status; boundary=b"})
    void automatedMessagesAreStoredButNeverAnswered(String header) {
        String from = "From: " + SENDER + "\n";
        byte[] raw = TestMessages.raw("Message-ID: <auto-" + header.hashCode() + "@x>\n" + from + header
                + (header.startsWith("Content-Type") ? "" : "\nContent-Type: text/plain; charset=UTF-8"),
                (header.startsWith("Content-Type") ? "--b\nContent-Type: text/plain\n\nDelivery failed\n--b--\n"
                        : "不在にしています。").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        CaseStore store = CaseStore.inMemory();

        MailIntakeResult result = intake(store).ingest(raw, Instant.now());

        assertThat(result.acknowledgement().status()).isEqualTo(Status.SUPPRESSED);
        assertThat(store.find(result.receipt())).isPresent();
        assertThat(MailServer.receivedBy(GREEN_MAIL, SENDER)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"MAILER-DAEMON@mx.example.jp", "postmaster@example.jp", "no-reply@shop.example.jp"})
    void systemSendersAreNeverAnswered(String sender) {
        byte[] raw = TestMessages.raw("Message-ID: <sys-" + sender.hashCode() + "@x>\nFrom: " + sender
                + "\nContent-Type: text/plain; charset=UTF-8", "Undelivered".getBytes());

        assertThat(intake(CaseStore.inMemory()).ingest(raw, Instant.now()).acknowledgement().status())
                .isEqualTo(Status.SUPPRESSED);
    }

    @Test
    void anAutoResponderAnsweringOurAcknowledgementDoesNotStartALoop() throws Exception {
        CaseStore store = CaseStore.inMemory();
        MailIntake intake = intake(store);
        intake.ingest(TestMessages.bytes(TestMessages.text("start", COMPLAINT, "UTF-8", null)), Instant.now());
        MimeMessage ack = MailServer.receivedBy(GREEN_MAIL, SENDER).get(0);

        // the applicant's vacation responder answers our acknowledgement, the RFC 3834 way
        MimeMessage vacation = TestMessages.message("vacation", "UTF-8");
        vacation.setSubject("Re: " + ack.getSubject(), "UTF-8");
        vacation.setText("ただいま不在です。", "UTF-8");
        vacation.setHeader("Auto-Submitted", "auto-replied");
        vacation.saveChanges();
        assertThat(intake.ingest(TestMessages.bytes(vacation), Instant.now()).acknowledgement().status())
                .isEqualTo(Status.SUPPRESSED);

        // our own acknowledgement bounced straight back into the counter's inbox
        assertThat(intake.ingest(TestMessages.bytes(ack), Instant.now()).acknowledgement().status())
                .isEqualTo(Status.SUPPRESSED);
        assertThat(MailServer.receivedBy(GREEN_MAIL, SENDER)).hasSize(1);
    }

    @Test
    void aResponderThatDoesNotSaySoIsCutOffByThePerAddressLimit() throws Exception {
        CaseStore store = CaseStore.inMemory();
        MailIntake intake = intake(store);
        List<Status> statuses = new ArrayList<>();
        for (int i = 0; i < 8; i++) {     // a naive responder: every acknowledgement gets a fresh, unmarked reply
            MimeMessage naive = TestMessages.message("naive-" + i, "UTF-8");
            naive.setText("自動応答: メールを受け取りました。", "UTF-8");
            naive.setRecipient(Message.RecipientType.TO, new InternetAddress(TestMessages.COUNTER));
            naive.saveChanges();
            statuses.add(intake.ingest(TestMessages.bytes(naive), Instant.now()).acknowledgement().status());
        }

        assertThat(statuses).filteredOn(s -> s == Status.SENT).hasSize(MailIntake.REPLIES_PER_ADDRESS_PER_DAY);
        assertThat(statuses.subList(MailIntake.REPLIES_PER_ADDRESS_PER_DAY, 8)).containsOnly(Status.SUPPRESSED);
        assertThat(MailServer.receivedBy(GREEN_MAIL, SENDER)).hasSize(MailIntake.REPLIES_PER_ADDRESS_PER_DAY);
    }
}
