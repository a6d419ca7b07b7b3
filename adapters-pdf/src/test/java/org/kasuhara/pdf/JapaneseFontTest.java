// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JapaneseFontTest {
    private static final String TEXT = "カスタマーハラスメント対策窓口・受付番号 KH-00000001";

    @Test
    void theBundledFontTravelsInTheJarWithItsLicence() throws IOException {
        JapaneseFont font = JapaneseFont.bundled();

        assertThat(font.description()).contains("IPAex Gothic", "bundled");
        try (InputStream licence = JapaneseFont.class.getResourceAsStream("fonts/IPA_Font_License_Agreement_v1.0.txt")) {
            assertThat(licence).isNotNull();
            assertThat(new String(licence.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
                    .contains("IPAフォントライセンスv1.0", "IPA Font License Agreement v1.0");
        }
        assertThat(JapaneseFont.bundled()).isSameAs(font);
    }

    @Test
    void japaneseTextWrittenWithTheBundledFontReadsBackAndOnlyASubsetIsEmbedded(@TempDir Path dir)
            throws IOException {
        byte[] pdf;
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            PDType0Font font = JapaneseFont.bundled().loadInto(doc);
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                out.beginText();
                out.setFont(font, 12);
                out.newLineAtOffset(50, 700);
                out.showText(TEXT);
                out.endText();
            }
            Path file = dir.resolve("font.pdf");
            doc.save(file.toFile());
            pdf = Files.readAllBytes(file);
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains(TEXT);
            PDFont font = doc.getPage(0).getResources().getFont(
                    doc.getPage(0).getResources().getFontNames().iterator().next());
            assertThat(font.isEmbedded()).isTrue();
            assertThat(font.getName()).as("subset tag").matches("[A-Z]{6}\\+IPAexGothic");
        }
        assertThat(pdf.length).as("a subset, not the 6 MB font").isLessThan(200_000);
    }

    @Test
    void aConfiguredFontWinsOverTheBundledOne(@TempDir Path dir) throws IOException {
        Path copy = dir.resolve("company-font.ttf");
        try (InputStream in = JapaneseFont.bundled().open()) {
            Files.copy(in, copy);
        }

        JapaneseFont configured = JapaneseFont.configuredOrBundled(
                Map.of(JapaneseFont.ENVIRONMENT_VARIABLE, " " + copy + " ")::get);

        assertThat(configured.description()).isEqualTo(copy.toString());
        assertThat(JapaneseFont.configuredOrBundled(Map.<String, String>of()::get)).isSameAs(JapaneseFont.bundled());
        assertThat(JapaneseFont.configuredOrBundled(Map.of(JapaneseFont.ENVIRONMENT_VARIABLE, "  ")::get))
                .isSameAs(JapaneseFont.bundled());
    }

    @Test
    void aConfiguredFontThatCannotBeUsedIsAnErrorNamingTheFileNeverASilentFallback(@TempDir Path dir)
            throws IOException {
        Path ttc = Files.write(dir.resolve("NotoSansCJK-Regular.ttc"), new byte[] {0});
        Path notAFont = Files.writeString(dir.resolve("notes.ttf"), "これはフォントではありません");
        Path missing = dir.resolve("none.ttf");

        assertThatThrownBy(() -> JapaneseFont.configuredOrBundled(
                Map.of(JapaneseFont.ENVIRONMENT_VARIABLE, missing.toString())::get))
                .isInstanceOf(PdfException.class).hasMessageContaining("none.ttf");
        assertThatThrownBy(() -> PdfRenderer.withFont(ttc))
                .isInstanceOf(PdfException.class).hasMessageContaining(".ttc").hasMessageContaining(".ttf を指定");
        assertThatThrownBy(() -> JapaneseFont.file(notAFont))
                .isInstanceOf(PdfException.class).hasMessageContaining("notes.ttf")
                .hasMessageContaining("not a TrueType font");
    }
}
