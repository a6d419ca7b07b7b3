package org.kasuhara.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import org.kasuhara.pdf.internal.ToUnicodeRepair;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Renders the XHTML documents of {@code org.kasuhara.cases.report} ({@code CaseReport.toHtml()},
 * {@code MonthlyReport.toHtml()}) as PDF (A4), embedding a subset of a Japanese TrueType font so that the text is
 * Japanese in every viewer and can be extracted again. Immutable and thread-safe: each call renders on its own.
 *
 * <pre>{@code
 * byte[] pdf = PdfRenderer.systemFont().render(CaseReport.of(stored, ReportLanguage.JA).toHtml());
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

    private final Path font;

    private PdfRenderer(Path font) {
        this.font = font;
    }

    /**
     * @param font a Japanese font file with TrueType outlines ({@code .ttf}), e.g. IPAex Gothic
     * @return a renderer that embeds it
     * @throws PdfException when the file does not exist or is a font collection ({@code .ttc})
     */
    public static PdfRenderer withFont(Path font) {
        Objects.requireNonNull(font, "font");
        if (!Files.isRegularFile(font)) {
            throw new PdfException("font file not found: " + font);
        }
        if (font.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            throw new PdfException("font collections (.ttc) cannot be embedded; use a single .ttf font: " + font);
        }
        return new PdfRenderer(font);
    }

    /**
     * @return a renderer with the Japanese font {@link JapaneseFonts#find()} finds
     * @throws PdfException when there is none, saying how to install one
     */
    public static PdfRenderer systemFont() {
        return withFont(JapaneseFonts.find().orElseThrow(() -> new PdfException(JapaneseFonts.howToInstall())));
    }

    /** @return the font this renderer embeds */
    public Path font() {
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
        builder.useFont(font.toFile(), FONT_FAMILY, REGULAR, FontStyle.NORMAL, true);
        builder.useFont(font.toFile(), FONT_FAMILY, BOLD, FontStyle.NORMAL, true);
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
