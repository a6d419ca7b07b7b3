// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.COMPLAINT;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.mail.internal.Sha256;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;

/** A 20 MB attachment (a phone video of the incident) goes through IMAP, is hashed and stored whole. */
class LargeAttachmentTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServer.extension();

    @TempDir
    Path work;

    @Test
    void twentyMegabyteAttachmentIsStoredWholeWithItsHash() throws Exception {
        byte[] video = new byte[20 * 1024 * 1024];
        new Random(7).nextBytes(video);
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.withAttachment("big", COMPLAINT,
                TestMessages.attachment("店内の様子.mp4", "video/mp4", video))));
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        CaseStore store = CaseStore.inMemory();
        Path evidence = work.resolve("evidence");
        MailIntake intake = MailIntake.replying(store, MailServer.ENGINE, MailParser.create(MailParserOptions
                .defaults().withEvidenceStore(EvidenceStore.directory(evidence))), MailSender.create(settings),
                Acknowledgements.defaults(), work.resolve("acks"));

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake, WatcherListener.NONE)) {
            assertThat(watcher.pollOnce().processed()).isEqualTo(1);
        }

        String hash = Sha256.hex(video);
        assertThat(store.list(CaseQuery.all()).get(0).originalText()).contains(hash, "店内の様子.mp4", "video/mp4");
        assertThat(evidence.resolve("sha256").resolve(hash.substring(0, 2)).resolve(hash)).hasBinaryContent(video);
        assertThat(store.list(CaseQuery.all()).get(0).caseData().contacts().get(0).text()).contains(COMPLAINT);
    }
}
