package org.kasuhara.pdf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Where a Japanese TrueType font is looked for when none is given. The font must have TrueType outlines in a single
 * {@code .ttf} file: PDFBox embeds those as a subset, but not a collection ({@code .ttc}) nor CFF-outline OpenType
 * such as Noto Sans CJK's {@code .otf}/{@code .ttc}. IPAex Gothic (Debian/Ubuntu {@code fonts-ipaexfont-gothic},
 * 3.3 MB; IPA Font License) is the one tested.
 */
public final class JapaneseFonts {
    /** The environment variable that names a font file to use instead of looking. */
    public static final String ENVIRONMENT_VARIABLE = "KASUHARA_PDF_FONT";

    /** The font files looked for, in order. */
    public static final List<Path> KNOWN = List.of(
            Path.of("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf"),
            Path.of("/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf"),
            Path.of("/usr/share/fonts/truetype/fonts-japanese-gothic.ttf"),
            Path.of("/usr/share/fonts/truetype/takao-gothic/TakaoGothic.ttf"),
            Path.of("/usr/share/fonts/ipa-gothic/ipag.ttf"),
            Path.of("/Library/Fonts/ipaexg.ttf"),
            Path.of("C:\\Windows\\Fonts\\ipaexg.ttf"));

    private JapaneseFonts() {
    }

    /**
     * @return the font named by {@value #ENVIRONMENT_VARIABLE} when set, else the first of {@link #KNOWN} that
     *         exists, else empty
     */
    public static Optional<Path> find() {
        String configured = System.getenv(ENVIRONMENT_VARIABLE);
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured.strip()));
        }
        return KNOWN.stream().filter(Files::isRegularFile).findFirst();
    }

    /** @return what to do when no font is found, for error messages */
    static String howToInstall() {
        return "no Japanese TrueType font found (looked for " + ENVIRONMENT_VARIABLE + " and " + KNOWN.get(0)
                + " …); install one (Debian/Ubuntu: apt-get install fonts-ipaexfont-gothic) or name a .ttf file with "
                + ENVIRONMENT_VARIABLE + " / PdfRenderer.withFont(path)";
    }
}
