// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reply templates: built-in notices, Japanese first, editable files with checked placeholders. */
class AcknowledgementsTest {
    private static final OffsetDateTime AT = OffsetDateTime.parse("2026-11-20T14:03:00+09:00");

    @TempDir
    Path dir;

    @Test
    void acceptedReplyCarriesTheReceiptAndTheCountersNoticesJapaneseFirst() {
        OutgoingMail mail = Acknowledgements.defaults().render(Acknowledgements.Kind.ACCEPTED, "KH-00000042", AT);

        assertThat(mail.subject()).startsWith("【受付番号 KH-00000042】").contains("[Receipt KH-00000042]");
        assertThat(mail.text()).contains("2026-11-20 14:03 (+09:00)", "正当なクレーム", "進捗状況のお問い合わせ",
                "verify whether", "enquiries about progress");
        assertThat(mail.text().indexOf("受付番号")).isLessThan(mail.text().indexOf("Receipt number"));
    }

    @Test
    void notAcceptedReplySaysKeptAndReported() {
        OutgoingMail mail = Acknowledgements.defaults().render(Acknowledgements.Kind.NOT_ACCEPTED, "KH-1", AT);

        assertThat(mail.text()).contains("受け付けることができません", "警察に通報", "cannot be accepted",
                "reported to the police").doesNotContain("進捗");
    }

    @Test
    void editedTemplatesAreUsedAndMissingOnesComeFromTheDefaults() throws Exception {
        Acknowledgements.copyDefaults(dir);
        Files.writeString(dir.resolve("accepted.ja.txt"), "Subject: 受付 {{receipt}}\n株式会社サンプル窓口です。{{receipt}}");
        Files.delete(dir.resolve("accepted.en.txt"));

        OutgoingMail mail = Acknowledgements.directory(dir).render(Acknowledgements.Kind.ACCEPTED, "KH-7", AT);

        assertThat(mail.subject()).startsWith("受付 KH-7 / [Receipt KH-7]");
        assertThat(mail.text()).startsWith("株式会社サンプル窓口です。KH-7").contains("Receipt number: KH-7");
    }

    @Test
    void unknownPlaceholderOrMissingSubjectFailsLoudly() throws Exception {
        Files.writeString(dir.resolve("accepted.ja.txt"), "Subject: x\n{{name}} 様");
        assertThatThrownBy(() -> Acknowledgements.directory(dir)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("accepted.ja.txt").hasMessageContaining("{{name}}");
        Files.writeString(dir.resolve("accepted.ja.txt"), "no subject line");
        assertThatThrownBy(() -> Acknowledgements.directory(dir)).hasMessageContaining("Subject:");
    }
}
