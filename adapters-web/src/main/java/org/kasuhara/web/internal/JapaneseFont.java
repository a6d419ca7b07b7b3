package org.kasuhara.web.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A Japanese font for the leaflet, embedded as a subset: IPAex Gothic ({@code fonts-ipaexfont-gothic}, TrueType
 * outlines), else Noto Sans CJK JP from Debian's {@code fonts-noto-cjk} collection. Without either the leaflet
 * fails with a message naming the packages, rather than printing boxes.
 */
final class JapaneseFont {
    static final List<Path> CANDIDATES = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc"));

    private JapaneseFont() {
    }

    static PDType0Font load(PDDocument document, String configured) throws IOException {
        List<Path> paths = configured == null ? CANDIDATES : List.of(Path.of(configured));
        for (Path path : paths) {
            if (!Files.isReadable(path)) {
                continue;
            }
            if (path.toString().endsWith(".ttc")) {
                TrueTypeCollection collection = new TrueTypeCollection(path.toFile());
                TrueTypeFont font = collection.getFontByName("NotoSansCJKjp-Regular");
                if (font != null) {
                    return PDType0Font.load(document, font, true);
                }
            } else {
                return PDType0Font.load(document, path.toFile());
            }
        }
        throw new IllegalStateException("no Japanese font for the leaflet: install fonts-ipaexfont-gothic or "
                + "fonts-noto-cjk (apt-get install fonts-ipaexfont-gothic), or set kasuhara.web.leafletFont; tried "
                + paths);
    }
}
