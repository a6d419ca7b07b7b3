// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.COMPLAINT;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken messages are read as far as they go, flagged, and their unreadable parts kept raw: never dropped. */
class MalformedMailTest {
    private static final Instant ARRIVED = Instant.parse("2026-11-20T06:00:00Z");

    @TempDir
    Path evidenceDir;

    private MailParser parser() {
        return MailParser.create(MailParserOptions.defaults().withEvidenceStore(EvidenceStore.directory(evidenceDir)));
    }

    @Test
    void brokenBoundaryIsReadRawAndFlagged() {
        byte[] raw = TestMessages.raw(TestMessages.headers("boundary",
                "Content-Type: multipart/mixed; boundary=\"declared\""),
                "--actual\nContent-Type: text/plain; charset=UTF-8\n\n" + COMPLAINT + "\n--actual--\n",
                StandardCharsets.UTF_8);

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().problems()).contains(MailProblem.MALFORMED_MIME);
        assertThat(mail.evidence().newText()).contains(COMPLAINT);
        assertThat(mail.evidence().evidence()).anyMatch(e -> e.kind() == EvidenceItem.Kind.RAW_PART);
    }

    @Test
    void missingEndBoundaryStillYieldsThePartsAndIsFlagged() {
        byte[] raw = TestMessages.raw(TestMessages.headers("no-end",
                "Content-Type: multipart/mixed; boundary=\"b1\""),
                "--b1\nContent-Type: text/plain; charset=UTF-8\n\n" + COMPLAINT + "\n", StandardCharsets.UTF_8);

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo(COMPLAINT);
        assertThat(mail.evidence().problems()).contains(MailProblem.MALFORMED_MIME);
    }

    @Test
    void unknownCharsetNameIsDetectedAndFlagged() {
        byte[] raw = TestMessages.raw(TestMessages.headers("bad-charset",
                "Content-Type: text/plain; charset=x-japanese-unknown\nContent-Transfer-Encoding: 8bit"),
                COMPLAINT, Charset.forName("EUC-JP"));

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo(COMPLAINT);
        assertThat(mail.evidence().problems()).containsExactly(MailProblem.UNKNOWN_CHARSET);
    }

    @Test
    void textInAnotherCharsetThanLabelledIsDetectedAndFlagged() {
        byte[] raw = TestMessages.raw(TestMessages.headers("mismatch",
                "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit"),
                COMPLAINT, Charset.forName("windows-31j"));

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo(COMPLAINT);
        assertThat(mail.evidence().problems()).containsExactly(MailProblem.CHARSET_MISMATCH);
    }

    @Test
    void truncatedBase64KeepsTheRawPartAndSalvagesTheText() {
        String encoded = Base64.getMimeEncoder().encodeToString((COMPLAINT + "以上です。").getBytes(StandardCharsets.UTF_8));
        String cut = encoded.substring(0, encoded.length() - 7) + "!";
        byte[] raw = TestMessages.raw(TestMessages.headers("trunc-b64",
                "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: base64"),
                cut, StandardCharsets.US_ASCII);

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().newText()).startsWith(COMPLAINT);
        assertThat(mail.evidence().problems()).contains(MailProblem.BROKEN_TRANSFER_ENCODING);
        assertThat(mail.evidence().evidence()).anyMatch(e -> e.kind() == EvidenceItem.Kind.RAW_PART
                && e.size() >= cut.length());
    }

    @Test
    void bytesThatFitNoCharsetAreKeptRawAndFlagged() {
        byte[] garbage = {(byte) 0xff, (byte) 0xfe, (byte) 0x81, 0x20, (byte) 0xfd, (byte) 0x80, (byte) 0xa0};
        byte[] raw = TestMessages.raw(TestMessages.headers("garbage",
                "Content-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit"), garbage);

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().problems()).contains(MailProblem.UNDECODABLE_TEXT);
        assertThat(mail.evidence().evidence()).anyMatch(e -> e.kind() == EvidenceItem.Kind.RAW_PART);
    }

    @Test
    void messageWithNoTextStillBecomesACase() {
        byte[] raw = TestMessages.raw("Message-ID: <empty@x>\nFrom: " + TestMessages.SENDER, new byte[0]);

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().problems()).contains(MailProblem.NO_TEXT, MailProblem.UNREADABLE_DATE);
        assertThat(mail.caseData().contacts().get(0).text()).isNull();
        assertThat(mail.caseData().receivedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T15:00:00+09:00"));
    }

    @Test
    void messageWithoutMessageIdGetsAnIdFromItsBytes() {
        byte[] raw = TestMessages.raw("From: " + TestMessages.SENDER + "\nSubject: hi", "body".getBytes());

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.evidence().problems()).contains(MailProblem.MISSING_MESSAGE_ID);
        assertThat(mail.caseData().id()).startsWith("MAIL-R").isEqualTo(parser().parse(raw, ARRIVED).caseData().id());
    }

    @Test
    void garbageHeadersAndBrokenContentTypeNeverThrow() {
        byte[] raw = TestMessages.raw("Message-ID: <junk@x>\nFrom: <<<not an address\nDate: yesterday-ish\n"
                + "Content-Type: text/plain; charset=\"unterminated\nContent-Transfer-Encoding: x-bogus",
                COMPLAINT.getBytes(StandardCharsets.UTF_8));

        ParsedMail mail = parser().parse(raw, ARRIVED);

        assertThat(mail.caseData().id()).startsWith("MAIL-");
        assertThat(mail.evidence().newText()).contains(COMPLAINT);
        assertThat(mail.replyAddress()).isNull();
    }
}
