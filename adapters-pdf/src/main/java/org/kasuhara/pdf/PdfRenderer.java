// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.kasuhara.pdf.internal.ToUnicodeRepair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Renders the XHTML documents of {@code org.kasuhara.cases.report} ({@code CaseReport.toHtml()},
 * {@code MonthlyReport.toHtml()}) as PDF (A4), embedding a subset of a Japanese TrueType font ({@link JapaneseFont}:
 * the bundled IPAex Gothic unless another is configured) so that the text is Japanese in every viewer and can be
 * extracted again, on any machine. Immutable and thread-safe: each call renders on its own.
 *
 * <pre>{@code
 * byte[] pdf = PdfRenderer.standard().render(CaseReport.of(stored, ReportLanguage.JA).toHtml());
 * }</pre>
 *
 * <p>Text extracted from the PDF (copy, search) is the text of the document: look-alike Kangxi radicals that
 * Japanese fonts map to the same glyphs as kanji are normalised in the fonts' ToUnicode maps.
 *
 * <p>The renderer's own logging is switched off, because its messages could quote document text (complaint text is
 * personal data).
 */
public final class PdfRenderer {
    /** The font family the documents ask for first; the renderer registers its font under this name. */
    public static final String FONT_FAMILY = "Kasuhara Japanese";

    private static final int BOLD = 700;
    private static final int REGULAR = 400;

    static {
        XRLog.setLoggingEnabled(false);
    }

    private final JapaneseFont font;

    private PdfRenderer(JapaneseFont font) {
        this.font = font;
    }

    /**
     * @param font the Japanese font to embed
     * @return a renderer that embeds it
     */
    public static PdfRenderer withFont(JapaneseFont font) {
        return new PdfRenderer(Objects.requireNonNull(font, "font"));
    }

    /**
     * @param font a Japanese font file with TrueType outlines ({@code .ttf}), e.g. IPAex Gothic
     * @return a renderer that embeds it
     * @throws PdfException when the file does not exist, is a font collection ({@code .ttc}) or is no TrueType font
     */
    public static PdfRenderer withFont(Path font) {
        return withFont(JapaneseFont.file(font));
    }

    /**
     * @return a renderer with {@link JapaneseFont#configuredOrBundled()}: the font {@code KASUHARA_PDF_FONT} names,
     *         else the bundled IPAex Gothic
     * @throws PdfException when a configured font cannot be used
     */
    public static PdfRenderer standard() {
        return withFont(JapaneseFont.configuredOrBundled());
    }

    /** @return the font this renderer embeds */
    public JapaneseFont font() {
        return font;
    }

    /**
     * @param xhtml a well-formed XHTML document (UTF-8 text)
     * @return the PDF
     * @throws PdfException when the document cannot be rendered
     */
    public byte[] render(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Objects.requireNonNull(xhtml, "xhtml");
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        // the same face for bold: otherwise bold headings fall back to a PDF base font without Japanese glyphs
        builder.useFont(font::open, FONT_FAMILY, REGULAR, FontStyle.NORMAL, true);
        builder.useFont(font::open, FONT_FAMILY, BOLD, FontStyle.NORMAL, true);
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
            return ToUnicodeRepair.repair(out.toByteArray());
        } catch (IOException | RuntimeException e) {
            // no document text in the message: it may hold personal data
            throw new PdfException("cannot render the document as PDF (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    /**
     * @param xhtml a well-formed XHTML document
     * @param out   where the PDF goes; not closed
     * @throws PdfException when the document cannot be rendered or written
     */
    public void render(String xhtml, OutputStream out) {
        Objects.requireNonNull(out, "out");
        byte[] pdf = render(xhtml);
        try {
            out.write(pdf);
        } catch (IOException e) {
            throw new PdfException("cannot write the PDF (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
