// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.COMPLAINT;
import static org.kasuhara.mail.TestMessages.SENDER;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.model.Verdict;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;

/** The whole loop on a real SMTP/IMAP server: deliver → ingest → store → acknowledge → folders. */
class MailboxWatcherTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServer.extension();

    @TempDir
    Path work;

    private MailIntake intake(CaseStore store, MailSettings settings) {
        return MailIntake.replying(store, MailServer.ENGINE,
                MailParser.create(MailParserOptions.defaults().withEvidenceStore(EvidenceStore.directory(
                        work.resolve("evidence")))),
                MailSender.create(settings), Acknowledgements.defaults(), work.resolve("acks"));
    }

    @Test
    void deliveredComplaintIsStoredAcknowledgedAndMovedToProcessed() throws Exception {
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        CaseStore store = CaseStore.inMemory();
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("loop-1", COMPLAINT, "ISO-2022-JP", null)));

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake(store, settings), WatcherListener.NONE)) {
            BatchSummary summary = watcher.pollOnce();
            assertThat(summary).isEqualTo(new BatchSummary(1, 0, 0, 0));
        }

        StoredCase stored = store.list(org.kasuhara.cases.store.CaseQuery.all()).get(0);
        assertThat(stored.caseData().contacts().get(0).text()).contains(COMPLAINT);
        assertThat(stored.originalText()).contains(MailEvidence.FORMAT, COMPLAINT);
        assertThat(stored.latestAssessment()).isPresent();
        assertThat(MailServer.folder(GREEN_MAIL, "INBOX")).isEmpty();
        assertThat(MailServer.folder(GREEN_MAIL, "Processed")).containsExactly("<loop-1@mail.example.jp>");
        List<MimeMessage> acks = MailServer.receivedBy(GREEN_MAIL, SENDER);
        assertThat(acks).hasSize(1);
        MimeMessage ack = acks.get(0);
        assertThat(ack.getSubject()).contains(stored.receipt(), "受け付けました", "received");
        String body = (String) ack.getContent();
        assertThat(body).contains(stored.receipt(), "進捗状況のお問い合わせにはお答えできません",
                "cannot answer enquiries about progress", "正当なクレーム");
        assertThat(body.indexOf("受付番号")).isLessThan(body.indexOf("Receipt number"));
        assertThat(ack.getHeader("Auto-Submitted")[0]).isEqualTo("auto-replied");
        assertThat(ack.getHeader("In-Reply-To")[0]).isEqualTo("<loop-1@mail.example.jp>");
    }

    @Test
    void threateningMessageIsKeptFlaggedMovedToRejectedAndGetsTheNotAcceptedNotice() throws Exception {
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        CaseStore store = CaseStore.inMemory();
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("threat",
                "対応が遅い。お前を殺すぞ。", "ISO-2022-JP", null)));

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake(store, settings), WatcherListener.NONE)) {
            assertThat(watcher.pollOnce()).isEqualTo(new BatchSummary(0, 1, 0, 0));
        }

        StoredCase stored = store.list(org.kasuhara.cases.store.CaseQuery.all()).get(0);
        assertThat(stored.latestAssessment().orElseThrow().assessment().accepted()).isFalse();
        assertThat(stored.latestAssessment().orElseThrow().assessment().verdict())
                .isEqualTo(Verdict.CUSTOMER_HARASSMENT);
        assertThat(MailServer.folder(GREEN_MAIL, "Rejected")).containsExactly("<threat@mail.example.jp>");
        MimeMessage ack = MailServer.receivedBy(GREEN_MAIL, SENDER).get(0);
        assertThat((String) ack.getContent()).contains("受け付けることができません", "警察に通報します",
                "reported to the police").doesNotContain("進捗状況");
    }

    @Test
    void malformedMessagesNeverStopTheWatcherAndAllAreTakenIn() {
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        CaseStore store = CaseStore.inMemory();
        MailServer.deliver(GREEN_MAIL, TestMessages.raw(TestMessages.headers("bad-1",
                "Content-Type: multipart/mixed; boundary=\"x\""), "no boundary at all".getBytes(StandardCharsets.UTF_8)));
        MailServer.deliver(GREEN_MAIL, TestMessages.raw(TestMessages.headers("bad-2",
                "Content-Type: text/plain; charset=bogus\nContent-Transfer-Encoding: base64"), "@@@!!".getBytes()));
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("good", COMPLAINT, "UTF-8", null)));

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake(store, settings), WatcherListener.NONE)) {
            assertThat(watcher.pollOnce().processed()).isEqualTo(3);
        }

        assertThat(store.list(org.kasuhara.cases.store.CaseQuery.all())).hasSize(3);
        assertThat(MailServer.folder(GREEN_MAIL, "Processed")).hasSize(3);
    }

    @Test
    void duplicateDeliveryIsNotIngestedOrAcknowledgedTwice() {
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        CaseStore store = CaseStore.inMemory();
        byte[] raw = TestMessages.bytes(TestMessages.text("dup", COMPLAINT, "UTF-8", null));
        MailServer.deliver(GREEN_MAIL, raw);
        MailServer.deliver(GREEN_MAIL, raw);

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake(store, settings), WatcherListener.NONE)) {
            watcher.pollOnce();
            MailServer.deliver(GREEN_MAIL, raw);
            watcher.pollOnce();
        }

        assertThat(store.list(org.kasuhara.cases.store.CaseQuery.all())).hasSize(1);
        assertThat(MailServer.receivedBy(GREEN_MAIL, SENDER)).hasSize(1);
        assertThat(MailServer.folder(GREEN_MAIL, "Processed")).hasSize(3);
    }
}
