// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.COMPLAINT;
import static org.kasuhara.mail.TestMessages.SUBJECT;

import java.nio.charset.Charset;
import java.time.Instant;
import java.time.OffsetDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.kasuhara.model.Channel;

/** Every charset and transfer encoding of Japanese mail decodes to the expected text. */
class MailEncodingsTest {
    private static final Instant ARRIVED = Instant.parse("2026-11-20T06:00:00Z");
    private final MailParser parser = MailParser.create(MailParserOptions.defaults());

    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource({
        "ISO-2022-JP, 7bit",
        "ISO-2022-JP, base64",
        "Shift_JIS, base64",
        "Shift_JIS, quoted-printable",
        "windows-31j, 8bit",
        "EUC-JP, base64",
        "EUC-JP, quoted-printable",
        "UTF-8, quoted-printable",
        "UTF-8, base64",
        "UTF-8, 8bit"})
    void everyCharsetAndTransferEncodingDecodesToTheJapaneseText(String charset, String encoding) {
        byte[] raw = TestMessages.bytes(TestMessages.text("enc-" + charset + encoding, COMPLAINT, charset, encoding));

        ParsedMail mail = parser.parse(raw, ARRIVED);

        assertThat(mail.evidence().subject()).isEqualTo(SUBJECT);
        assertThat(mail.evidence().newText()).isEqualTo(COMPLAINT);
        assertThat(mail.caseData().contacts().get(0).text()).isEqualTo(SUBJECT + "\n\n" + COMPLAINT);
        assertThat(mail.evidence().problems()).isEmpty();
    }

    @Test
    void shiftJisLabelledMailWithWindowsCharactersDecodes() {
        String text = "担当の髙橋さんに①②の件で～と言われました。";
        byte[] raw = TestMessages.raw(TestMessages.headers("sjis-cp932",
                "Content-Type: text/plain; charset=Shift_JIS\nContent-Transfer-Encoding: 8bit"),
                text, Charset.forName("windows-31j"));

        ParsedMail mail = parser.parse(raw, ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo(text);
        assertThat(mail.evidence().problems()).isEmpty();
    }

    @Test
    void iso2022jpWithWindowsCharactersDecodes() {
        String text = "①番窓口の髙橋さん";
        byte[] raw = TestMessages.raw(TestMessages.headers("jis-cp50220",
                "Content-Type: text/plain; charset=ISO-2022-JP"), text, Charset.forName("x-windows-iso2022jp"));

        assertThat(parser.parse(raw, ARRIVED).evidence().newText()).isEqualTo(text);
    }

    @Test
    void encodedWordSubjectsInEveryCharsetDecode() {
        for (String charset : new String[] {"ISO-2022-JP", "Shift_JIS", "EUC-JP", "UTF-8"}) {
            byte[] raw = TestMessages.bytes(TestMessages.text("subj-" + charset, COMPLAINT, charset, null));
            assertThat(parser.parse(raw, ARRIVED).evidence().subject()).as(charset).isEqualTo(SUBJECT);
        }
    }

    @Test
    void rawEightBitSubjectIsDecodedByDetection() {
        byte[] headers = ("Message-ID: <raw8@x>\r\nFrom: " + TestMessages.SENDER + "\r\nSubject: ")
                .getBytes(Charset.forName("ISO-8859-1"));
        byte[] subject = SUBJECT.getBytes(Charset.forName("windows-31j"));
        byte[] rest = "\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nbody\r\n".getBytes(Charset.forName("UTF-8"));
        byte[] raw = new byte[headers.length + subject.length + rest.length];
        System.arraycopy(headers, 0, raw, 0, headers.length);
        System.arraycopy(subject, 0, raw, headers.length, subject.length);
        System.arraycopy(rest, 0, raw, headers.length + subject.length, rest.length);

        assertThat(parser.parse(raw, ARRIVED).evidence().subject()).isEqualTo(SUBJECT);
    }

    @Test
    void caseHasChannelDateSenderAndAnIdFromTheMessageId() {
        byte[] raw = TestMessages.bytes(TestMessages.text("case-fields", COMPLAINT, "ISO-2022-JP", null));

        ParsedMail mail = parser.parse(raw, ARRIVED);

        assertThat(mail.caseData().channel()).isEqualTo(Channel.EMAIL);
        assertThat(mail.caseData().receivedAt()).isEqualTo(OffsetDateTime.parse("2026-11-20T14:03:00+09:00"));
        assertThat(mail.caseData().applicant().email()).isEqualTo(TestMessages.SENDER);
        assertThat(mail.caseData().applicant().name()).isEqualTo(TestMessages.SENDER_NAME);
        assertThat(mail.replyAddress()).isEqualTo(TestMessages.SENDER);
        assertThat(mail.caseData().id()).matches("MAIL-[0-9a-f]{24}")
                .isEqualTo(parser.parse(raw, ARRIVED.plusSeconds(60)).caseData().id());
        assertThat(mail.evidence().messageId()).isEqualTo("case-fields@mail.example.jp");
    }
}
