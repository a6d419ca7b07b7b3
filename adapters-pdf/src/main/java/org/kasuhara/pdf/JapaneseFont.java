// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The Japanese font every Kasuhara PDF embeds (as a subset): IPAex Gothic, bundled in this jar with its licence, so
 * PDFs come out the same on a machine with no fonts installed; or a TrueType file the operator names, which wins.
 * The one place fonts are resolved — reports ({@link PdfRenderer}) and the web counter's leaflet both use it.
 * Immutable and thread-safe; the file is read once and kept in memory.
 *
 * <pre>{@code
 * JapaneseFont font = JapaneseFont.configuredOrBundled();   // KASUHARA_PDF_FONT when set, else IPAex Gothic
 * }</pre>
 */
public final class JapaneseFont {
    /** The environment variable that names a {@code .ttf} file to embed instead of the bundled font. */
    public static final String ENVIRONMENT_VARIABLE = "KASUHARA_PDF_FONT";
    /** The bundled font's resource; its licence lies beside it. */
    static final String BUNDLED_RESOURCE = "fonts/ipaexg.ttf";

    private static final class Bundled {
        static final JapaneseFont FONT = new JapaneseFont("IPAex Gothic (bundled, IPA Font License v1.0)",
                readBundled());
    }

    private final String description;
    private final byte[] bytes;

    private JapaneseFont(String description, byte[] bytes) {
        this.description = description;
        this.bytes = bytes;
    }

    /** @return IPAex Gothic, from this jar */
    public static JapaneseFont bundled() {
        return Bundled.FONT;
    }

    /**
     * @param ttf a font file with TrueType outlines in one file ({@code .ttf}); collections ({@code .ttc}) and CFF
     *            OpenType cannot be embedded as a subset
     * @return that font, read and checked now
     * @throws PdfException naming the file when it is missing, a collection, or not a TrueType font
     */
    public static JapaneseFont file(Path ttf) {
        Objects.requireNonNull(ttf, "ttf");
        if (ttf.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttc")) {
            throw new PdfException("フォントコレクション (.ttc) は埋め込めません。.ttf を指定してください / font "
                    + "collections (.ttc) cannot be embedded; name a single .ttf font: " + ttf);
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(ttf);
        } catch (IOException e) {
            throw new PdfException("フォントファイルを読めません / font file not found or unreadable: " + ttf, e);
        }
        checkTrueType(bytes, ttf.toString());
        return new JapaneseFont(ttf.toString(), bytes);
    }

    /** @return the font {@value #ENVIRONMENT_VARIABLE} names when it is set, else the bundled one */
    public static JapaneseFont configuredOrBundled() {
        return configuredOrBundled(System::getenv);
    }

    /**
     * @param environment looks up {@value #ENVIRONMENT_VARIABLE} (for hosts with their own configuration)
     * @return the font it names when set and not blank, else the bundled one
     * @throws PdfException when the named font cannot be used: a configured font never falls back silently
     */
    public static JapaneseFont configuredOrBundled(UnaryOperator<String> environment) {
        String configured = environment.apply(ENVIRONMENT_VARIABLE);
        return configured == null || configured.isBlank() ? bundled() : file(Path.of(configured.strip()));
    }

    /** @return where the font comes from, for logs and error messages (a path or "IPAex Gothic (bundled …)") */
    public String description() {
        return description;
    }

    /** @return a new stream over the font file */
    public InputStream open() {
        return new ByteArrayInputStream(bytes);
    }

    /**
     * @param document the document being written
     * @return the font, to be embedded in it as a subset of the glyphs used
     * @throws IOException when PDFBox cannot load it
     */
    public PDType0Font loadInto(PDDocument document) throws IOException {
        return PDType0Font.load(document, open(), true);
    }

    @Override
    public String toString() {
        return description;
    }

    private static void checkTrueType(byte[] bytes, String name) {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(bytes))) {
            if (font.getNumberOfGlyphs() < 1) {
                throw new PdfException("フォントにグリフがありません / font has no glyphs: " + name);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof PdfException pdf) {
                throw pdf;
            }
            throw new PdfException("TrueType フォントとして読めません / not a TrueType font (" + e.getClass()
                    .getSimpleName() + "): " + name, e);
        }
    }

    private static byte[] readBundled() {
        try (InputStream in = JapaneseFont.class.getResourceAsStream(BUNDLED_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the bundled font " + BUNDLED_RESOURCE + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + BUNDLED_RESOURCE, e);
        }
    }
}
