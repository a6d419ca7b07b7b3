// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.COMPLAINT;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kasuhara.cases.store.CaseQuery;
import org.kasuhara.cases.store.CaseStore;
import org.kasuhara.mail.internal.PartWalker;

/**
 * Hostile messages (issue 14): a MIME tree thousands of levels deep, ten thousand parts, dates the calendar does not
 * cover. Each is taken in as far as it can be read and flagged; none stops the watcher or the mail behind it.
 */
class HostileMailTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServer.extension();
    private static final Instant ARRIVED = Instant.parse("2026-11-20T06:00:00Z");

    @TempDir
    Path work;

    /** A message whose multiparts nest {@code depth} levels, with a complaint at the bottom (~70 bytes a level). */
    static byte[] nested(String id, int depth) {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < depth; i++) {
            body.append("--b").append(i).append("\nContent-Type: multipart/mixed; boundary=\"b").append(i + 1)
                    .append("\"\n\n");
        }
        body.append("--b").append(depth).append("\nContent-Type: text/plain; charset=UTF-8\n\n").append(COMPLAINT)
                .append("\n--b").append(depth).append("--\n");
        for (int i = depth - 1; i >= 0; i--) {
            body.append("--b").append(i).append("--\n");
        }
        return TestMessages.raw(TestMessages.headers(id, "Content-Type: multipart/mixed; boundary=\"b0\""),
                body.toString(), StandardCharsets.UTF_8);
    }

    /** A message of {@code parts} small text parts, the first the complaint. */
    static byte[] manyParts(String id, int parts) {
        StringBuilder body = new StringBuilder("--p\nContent-Type: text/plain; charset=UTF-8\n\n" + COMPLAINT + "\n");
        for (int i = 1; i < parts; i++) {
            body.append("--p\nContent-Type: text/plain; charset=UTF-8\n\npart ").append(i).append('\n');
        }
        body.append("--p--\n");
        return TestMessages.raw(TestMessages.headers(id, "Content-Type: multipart/mixed; boundary=\"p\""),
                body.toString(), StandardCharsets.UTF_8);
    }

    private MailParser parser() {
        return MailParser.create(MailParserOptions.defaults().withEvidenceStore(EvidenceStore.directory(
                work.resolve("evidence"))));
    }

    @Test
    void aTreeThreeThousandLevelsDeepIsReadToTheLimitAndTheRestKeptRaw() {
        byte[] raw = nested("deep", 3_000);
        assertThat(raw.length).isGreaterThan(200_000);

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().problems()).contains(MailProblem.TOO_COMPLEX);
        assertThat(mail.evidence().evidence()).anyMatch(e -> e.kind() == EvidenceItem.Kind.RAW_PART);
    }

    @Test
    void tenThousandPartsAreReadUpToTheLimit() {
        ParsedMail mail = parser().parse(manyParts("many", 10_000), ARRIVED);

        assertThat(mail.evidence().problems()).contains(MailProblem.TOO_COMPLEX);
        assertThat(mail.evidence().newText()).contains(COMPLAINT, "part 998").doesNotContain("part 1000\n");
        assertThat(PartWalker.MAX_PARTS).isEqualTo(1_000);
        
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mon, 01 Jan 1900 00:00:00 +0000", "Thu, 01 Jan 1970 00:00:00 +0000",
        "Fri, 01 Jan 2100 00:00:00 +0900", "Sat, 01 Jan 99999 00:00:00 +0900"})
    void aDateTheCalendarDoesNotCoverIsReplacedByTheReceiveTimeAndFlagged(String date) {
        byte[] raw = TestMessages.raw(TestMessages.headers("date", "Content-Type: text/plain; charset=UTF-8")
                .replace("Date: Fri, 20 Nov 2026 14:03:00 +0900", "Date: " + date), COMPLAINT, StandardCharsets.UTF_8);

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.caseData().receivedAt()).isEqualTo(OffsetDateTime.ofInstant(ARRIVED, ZoneId.of("Asia/Tokyo")));
        assertThat(mail.evidence().problems()).contains(MailProblem.UNREADABLE_DATE);
    }

    @Test
    void hostileMessagesInTheInboxNeitherStopTheWatcherNorHoldUpTheMailBehindThem() {
        MailSettings settings = MailServer.settings(GREEN_MAIL);
        CaseStore store = CaseStore.inMemory();
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("before", COMPLAINT, "UTF-8", null)));
        MailServer.deliver(GREEN_MAIL, nested("deep", 3_000));
        MailServer.deliver(GREEN_MAIL, manyParts("many", 10_000));
        MailServer.deliver(GREEN_MAIL, TestMessages.raw(TestMessages.headers("old", "Content-Type: text/plain;"
                + " charset=UTF-8").replace("Date: Fri, 20 Nov 2026", "Date: Mon, 01 Jan 1900"), COMPLAINT,
                StandardCharsets.UTF_8));
        MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("after", COMPLAINT, "UTF-8", null)));
        MailIntake intake = MailIntake.replying(store, MailServer.ENGINE, parser(), MailSender.create(settings),
                Acknowledgements.defaults(), work.resolve("acks"));

        try (MailboxWatcher watcher = MailboxWatcher.create(settings, intake, WatcherListener.NONE)) {
            BatchSummary first = watcher.pollOnce();
            assertThat(first.processed()).isEqualTo(5);
            assertThat(first.failed()).isZero();
            MailServer.deliver(GREEN_MAIL, TestMessages.bytes(TestMessages.text("later", COMPLAINT, "UTF-8", null)));
            assertThat(watcher.pollOnce().processed()).isEqualTo(1);
        }

        assertThat(store.list(CaseQuery.all())).hasSize(6);
        assertThat(MailServer.folder(GREEN_MAIL, "Processed")).hasSize(6);
    }
}
