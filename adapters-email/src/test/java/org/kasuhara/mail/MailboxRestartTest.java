// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.kasuhara.mail.TestMessages.COMPLAINT;
import static org.kasuhara.mail.TestMessages.SENDER;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.cases.store.StoredCase;

/** No message is lost or duplicated when the watcher dies in the middle of a batch and starts again. */
class MailboxRestartTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServer.extension();

    @TempDir
    Path work;

    /** Thrown from inside the batch, after a case is committed and before its message is moved: a crash. */
    private static final class Crash extends Error {
        private static final long serialVersionUID = 1L;
    }

    private MailIntake intake(CaseStore store, MailSettings settings) {
        return MailIntake.replying(store, MailServer.ENGINE,
                MailParser.create(MailParserOptions.defaults().withEvidenceStore(EvidenceStore.directory(
                        work.resolve("evidence")))),
                MailSender.create(settings), Acknowledgements.defaults(), work.resolve("acks"));
    }

    @Test
    void crashBetweenStoringAndMovingNeitherLosesNorDuplicatesAMessage() {
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        CaseStore store = CaseStore.inMemory();      // the database outlives the watcher process
        for (int i = 1; i <= 6; i++) {
            MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("batch-" + i, COMPLAINT + i,
                    "ISO-2022-JP", null)));
        }
        WatcherListener dyingOnThird = new WatcherListener() {
            private int stored;

            @Override
            public void stored(MailIntakeResult result) {
                if (++stored == 3) {
                    throw new Crash();
                }
            }
        };

        MailboxWatcher first = MailboxWatcher.create(settings, intake(store, settings), dyingOnThird);
        assertThatThrownBy(first::pollOnce).isInstanceOf(Crash.class);
        first.close();
        assertThat(store.list(CaseQuery.all())).hasSize(3);
        assertThat(MailServer.folder(GREEN_MAIL, "INBOX")).hasSize(4);   // the third was stored but never moved

        try (MailboxWatcher second = MailboxWatcher.create(settings, intake(store, settings), WatcherListener.NONE)) {
            assertThat(second.pollOnce()).isEqualTo(new BatchSummary(4, 0, 0, 0));
        }

        assertThat(store.list(CaseQuery.all())).extracting(StoredCase::caseId).hasSize(6).doesNotHaveDuplicates();
        assertThat(MailServer.folder(GREEN_MAIL, "INBOX")).isEmpty();
        assertThat(MailServer.folder(GREEN_MAIL, "Processed")).hasSize(6).doesNotHaveDuplicates();
        assertThat(MailServer.receivedBy(GREEN_MAIL, SENDER)).hasSize(6);    // one acknowledgement each
    }

    @Test
    void storedButUnacknowledgedMessageIsAcknowledgedOnceAfterRestart() {
        MailSettings smtpDown = MailSettings.of(Map.of("kasuhara.mail.smtp.port", "1"))
                .orElse(MailServer.settings(GREEN_MAIL));
        CaseStore store = CaseStore.inMemory();
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("no-ack", COMPLAINT, "UTF-8", null)));

        try (MailboxWatcher first = MailboxWatcher.create(smtpDown, intake(store, smtpDown), WatcherListener.NONE)) {
            assertThat(first.pollOnce()).isEqualTo(new BatchSummary(0, 0, 0, 1));
        }
        assertThat(store.list(CaseQuery.all())).hasSize(1);             // stored before the reply was tried
        assertThat(MailServer.folder(GREEN_MAIL, "INBOX")).hasSize(1);   // left for the retry

        MailSettings settings = MailServer.settings(GREEN_MAIL);
        try (MailboxWatcher second = MailboxWatcher.create(settings, intake(store, settings), WatcherListener.NONE)) {
            assertThat(second.pollOnce()).isEqualTo(new BatchSummary(1, 0, 0, 0));
            second.pollOnce();
        }
        assertThat(store.list(CaseQuery.all())).hasSize(1);
        assertThat(MailServer.receivedBy(GREEN_MAIL, SENDER)).hasSize(1);
    }

    @Test
    void evidenceFolderFailureLeavesEveryMessageInTheInboxForTheNextPoll() throws Exception {
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        CaseStore store = CaseStore.inMemory();
        Path blocked = Files.writeString(work.resolve("blocked"), "a file where the evidence folder should be");
        MailIntake broken = MailIntake.replying(store, MailServer.ENGINE, MailParser.create(MailParserOptions
                .defaults().withEvidenceStore(EvidenceStore.directory(blocked))), MailSender.create(settings),
                Acknowledgements.defaults(), work.resolve("acks"));
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("ev-1", COMPLAINT, "UTF-8", null)));
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("ev-2", COMPLAINT, "UTF-8", null)));

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, broken, WatcherListener.NONE)) {
            assertThat(watcher.pollOnce().retrying()).isEqualTo(1);      // the batch stops at the first failure
        }
        assertThat(store.list(CaseQuery.all())).isEmpty();
        assertThat(MailServer.folder(GREEN_MAIL, "INBOX")).hasSize(2);

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake(store, settings), WatcherListener.NONE)) {
            assertThat(watcher.pollOnce().processed()).isEqualTo(2);
        }
        assertThat(store.list(CaseQuery.all())).hasSize(2);
    }
}
