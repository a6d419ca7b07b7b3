// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Reports and monthly totals reach the configured recipients over real SMTP. */
class MailSenderTest {
    @RegisterExtension
    static final GreenMailExtension GREEN_MAIL = MailServer.extension();

    private static MailSettings settings(String recipients) {
        return MailSettings.of(Map.of("kasuhara.mail.report.recipients", recipients))
                .orElse(MailServer.settings(GREEN_MAIL));
    }

    @Test
    void reportWithHtmlAndAttachmentReachesEveryRecipient() throws Exception {
        MailSender sender = MailSender.create(settings("tantou@acme.example, soumu@acme.example"));
        byte[] csv = "月,件数\n2026-10,12\n".getBytes(StandardCharsets.UTF_8);

        sender.send(new OutgoingMail("【月次集計】2026年10月 / Monthly totals", "10月の受付は12件でした。",
                "<p>10月の受付は<b>12件</b>でした。</p>",
                List.of(new OutgoingMail.Attachment("月次集計-2026-10.csv", "text/csv; charset=UTF-8", csv))));

        assertThat(MailServer.receivedBy(GREEN_MAIL, "tantou@acme.example")).hasSize(1);
        MimeMessage got = MailServer.receivedBy(GREEN_MAIL, "soumu@acme.example").get(0);
        assertThat(got.getSubject()).isEqualTo("【月次集計】2026年10月 / Monthly totals");
        ParsedMail parsed = MailParser.create(MailParserOptions.defaults())
                .parse(TestMessages.bytes(got), java.time.Instant.now());
        assertThat(parsed.evidence().newText()).isEqualTo("10月の受付は12件でした。");
        assertThat(parsed.evidence().attachments()).singleElement().satisfies(a -> {
            assertThat(a.name()).isEqualTo("月次集計-2026-10.csv");
            assertThat(a.size()).isEqualTo(csv.length);
        });
        assertThat(((Multipart) got.getContent()).getBodyPart(0).getContentType()).startsWith("multipart/alternative");
    }

    @Test
    void sendingWithoutRecipientsOrServerFailsLoudly() {
        assertThatThrownBy(() -> MailSender.create(settings("")).send(OutgoingMail.text("s", "t")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("report.recipients");
        MailSender down = MailSender.create(MailSettings.of(Map.of("kasuhara.mail.smtp.port", "1"))
                .orElse(settings("a@acme.example")));
        assertThatThrownBy(() -> down.send(OutgoingMail.text("s", "t"))).isInstanceOf(MailSendException.class)
                .hasMessageNotContaining("a@acme.example");
    }
}
