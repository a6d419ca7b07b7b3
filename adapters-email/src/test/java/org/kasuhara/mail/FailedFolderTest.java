// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.COMPLAINT;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;

/** A message that keeps failing is retried, then moved to Failed with the reason: never silently dropped. */
class FailedFolderTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServer.extension();

    @TempDir
    Path work;

    @Test
    void messageIsRetriedThenMovedToFailedWithTheReasonInAHeader() throws Exception {
        MailSettings settings = MailSettings.of(Map.of("kasuhara.mail.smtp.port", "1", "kasuhara.mail.max.attempts",
                "2")).orElse(MailServer.settings(GREEN_MAIL));
        CaseStore store = CaseStore.inMemory();
        MailIntake intake = MailIntake.replying(store, MailServer.ENGINE, MailParser.create(
                MailParserOptions.defaults()), MailSender.create(settings), Acknowledgements.defaults(),
                work.resolve("acks"));
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("fails", COMPLAINT, "UTF-8", null)));
        List<String> reasons = new ArrayList<>();
        WatcherListener listener = new WatcherListener() {
            @Override
            public void failed(String reason, int attempt, boolean final_) {
                reasons.add(reason + "#" + attempt + (final_ ? " final" : ""));
            }
        };

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake, listener)) {
            assertThat(watcher.pollOnce().retrying()).isEqualTo(1);
            assertThat(watcher.pollOnce().failed()).isEqualTo(1);
        }

        assertThat(reasons).containsExactly("acknowledgement-not-sent#1", "acknowledgement-not-sent#2 final");
        assertThat(MailServer.folder(GREEN_MAIL, "INBOX")).isEmpty();
        assertThat(MailServer.folder(GREEN_MAIL, "Failed")).containsExactly("<fails@mail.example.jp>");
        assertThat(failureHeaders()).containsExactly("acknowledgement-not-sent");
        assertThat(store.list(CaseQuery.all())).hasSize(1);   // the case itself was stored before the reply failed
    }

    private List<String> failureHeaders() throws Exception {
        Store imap = Session.getInstance(new Properties()).getStore("imap");
        imap.connect("127.0.0.1", GREEN_MAIL.getImap().getPort(), MailServer.USER, MailServer.PASSWORD);
        try {
            Folder failed = imap.getFolder("Failed");
            failed.open(Folder.READ_ONLY);
            List<String> values = new ArrayList<>();
            for (Message m : failed.getMessages()) {
                values.add(m.getHeader("X-Kasuhara-Failure")[0]);
                assertThat(((String) m.getContent())).contains(COMPLAINT);   // the message itself is intact
            }
            return values;
        } finally {
            imap.close();
        }
    }
}
