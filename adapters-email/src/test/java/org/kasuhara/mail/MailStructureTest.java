// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.kasuhara.mail.TestMessages.COMPLAINT;

import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kasuhara.mail.internal.Sha256;

/** HTML-only bodies, alternatives, quoted history, forwarded chains, attachments and anonymity. */
class MailStructureTest {
    private static final Instant ARRIVED = Instant.parse("2026-11-20T06:00:00Z");
    private final MailParser parser = MailParser.create(MailParserOptions.defaults());

    @TempDir
    Path evidenceDir;

    @Test
    void htmlOnlyBodyBecomesTextWithoutMarkupOrScripts() throws Exception {
        MimeMessage m = TestMessages.message("html-only", "UTF-8");
        m.setContent("<html><head><style>p{color:red}</style></head><body><p>注文した商品が壊れていました。</p>"
                + "<script>alert('x')</script><div>返金を<b>お願いします</b>。</div></body></html>",
                "text/html; charset=Shift_JIS");
        m.saveChanges();

        ParsedMail mail = parser.parse(TestMessages.bytes(m), ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo("注文した商品が壊れていました。\n返金をお願いします。");
    }

    @Test
    void alternativePrefersThePlainText() throws Exception {
        MimeMessage m = TestMessages.message("alternative", "UTF-8");
        MimeMultipart alternative = new MimeMultipart("alternative");
        MimeBodyPart plain = new MimeBodyPart();
        plain.setText(COMPLAINT, "ISO-2022-JP");
        MimeBodyPart html = new MimeBodyPart();
        html.setContent("<p>HTML版</p>", "text/html; charset=UTF-8");
        alternative.addBodyPart(plain);
        alternative.addBodyPart(html);
        m.setContent(alternative);
        m.saveChanges();

        assertThat(parser.parse(TestMessages.bytes(m), ARRIVED).evidence().newText()).isEqualTo(COMPLAINT);
    }

    @Test
    void quotedReplyHistoryIsKeptApartFromTheNewText() {
        String body = "返事が遅すぎます。\n\n2026年11月19日(木) 10:00 窓口 <madoguchi@counter.example>さんは書きました:\n"
                + "> お問い合わせありがとうございます。\n> 確認いたします。\n";
        byte[] raw = TestMessages.bytes(TestMessages.text("reply-ja", body, "ISO-2022-JP", null));

        ParsedMail mail = parser.parse(raw, ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo("返事が遅すぎます。");
        assertThat(mail.evidence().quotedHistory()).contains("さんは書きました", "> 確認いたします。");
        assertThat(mail.caseData().contacts().get(0).text()).doesNotContain("確認いたします");
    }

    @Test
    void englishAttributionAndInterleavedQuotesAreHistory() {
        String body = "> Did the item arrive broken?\nYes, it did.\n\nOn Thu, 19 Nov 2026 at 10:00, Counter <c@x> wrote:\n"
                + "> We are sorry.\n";
        ParsedMail mail = parser.parse(TestMessages.bytes(TestMessages.text("reply-en", body, "UTF-8", null)),
                ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo("Yes, it did.");
        assertThat(mail.evidence().quotedHistory()).contains("Did the item arrive broken?", "We are sorry.");
    }

    @Test
    void forwardedBlockIsHistory() {
        String body = "以下の件、再度連絡します。\n\n-------- 転送メッセージ --------\n件名: 以前の問い合わせ\n"
                + "馬鹿にしているのか\n\n---------- Forwarded message ---------\nFrom: someone\n";
        ParsedMail mail = parser.parse(TestMessages.bytes(TestMessages.text("fwd", body, "UTF-8", null)), ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo("以下の件、再度連絡します。");
        assertThat(mail.evidence().quotedHistory()).contains("転送メッセージ", "馬鹿にしているのか", "Forwarded message");
    }

    @Test
    void attachmentsAreRecordedWithNameTypeSizeAndHashAndStoredUnopened() throws Exception {
        byte[] pdf = "%PDF-1.4 receipt of purchase".getBytes(StandardCharsets.US_ASCII);
        byte[] exe = new byte[] {'M', 'Z', 0, 1, 2, 3};
        MimeMessage m = TestMessages.withAttachment("attach", COMPLAINT,
                TestMessages.attachment("領収書.pdf", "application/pdf", pdf));
        ((MimeMultipart) m.getContent()).addBodyPart(TestMessages.attachment("run-me.exe",
                "application/octet-stream", exe));
        m.saveChanges();
        MailParser storing = MailParser.create(MailParserOptions.defaults()
                .withEvidenceStore(EvidenceStore.directory(evidenceDir)));

        ParsedMail mail = storing.parse(TestMessages.bytes(m), ARRIVED);

        assertThat(mail.evidence().newText()).isEqualTo(COMPLAINT);
        assertThat(mail.evidence().attachments()).extracting(EvidenceItem::name, EvidenceItem::contentType,
                EvidenceItem::size, EvidenceItem::sha256).containsExactly(
                org.assertj.core.groups.Tuple.tuple("領収書.pdf", "application/pdf", (long) pdf.length, Sha256.hex(pdf)),
                org.assertj.core.groups.Tuple.tuple("run-me.exe", "application/octet-stream", (long) exe.length,
                        Sha256.hex(exe)));
        Path stored = evidenceDir.resolve("sha256").resolve(Sha256.hex(exe).substring(0, 2)).resolve(Sha256.hex(exe));
        assertThat(stored).hasBinaryContent(exe);
        assertThat(Files.isExecutable(stored) && stored.getFileName().toString().endsWith(".exe")).isFalse();
        assertThat(mail.evidence().evidence()).filteredOn(e -> e.kind() == EvidenceItem.Kind.RAW_MESSAGE)
                .singleElement().satisfies(e -> assertThat(e.sha256()).isEqualTo(Sha256.hex(TestMessages.bytes(m))));
    }

    @Test
    void anAnonymityRequestKeepsNameAndAddressOutOfTheCase() {
        String body = "匿名希望です。店員の対応がひどかったです。";
        ParsedMail mail = parser.parse(TestMessages.bytes(TestMessages.text("anon", body, "UTF-8", null)), ARRIVED);

        assertThat(mail.caseData().applicant().anonymous()).isTrue();
        assertThat(mail.caseData().applicant().email()).isNull();
        assertThat(mail.caseData().applicant().name()).isNull();
        assertThat(mail.evidence().from()).isNull();
        assertThat(mail.replyAddress()).isEqualTo(TestMessages.SENDER);   // the acknowledgement still reaches them

        MailParser notHonouring = MailParser.create(MailParserOptions.defaults().withAnonymityRequestsHonoured(false));
        assertThat(notHonouring.parse(TestMessages.bytes(TestMessages.text("anon", body, "UTF-8", null)), ARRIVED)
                .caseData().applicant().email()).isEqualTo(TestMessages.SENDER);
    }

    @Test
    void organizationComesFromTheOptions() {
        MailParser forAcme = MailParser.create(MailParserOptions.defaults().withOrganization("acme-foods"));
        assertThat(forAcme.parse(TestMessages.bytes(TestMessages.text("org", COMPLAINT, "UTF-8", null)), ARRIVED)
                .caseData().organization()).isEqualTo("acme-foods");
    }
}
