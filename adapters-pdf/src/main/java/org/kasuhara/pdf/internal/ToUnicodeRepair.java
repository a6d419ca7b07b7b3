// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.pdf.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Makes the text of a PDF extract (copy, search) as the kanji it shows. Japanese fonts such as IPAex map one glyph
 * to both a kanji and its look-alike Kangxi radical or compatibility ideograph (口 U+53E3 and ⼝ U+2F1D); PDFBox then
 * writes the look-alike into the font's ToUnicode map, so 窓口 would be found as 窓⼝. This rewrites each embedded
 * font's ToUnicode map with those code points normalised (NFKC) to the ideographs they stand for.
 */
public final class ToUnicodeRepair {
    private static final int LAST_CODE = 0xFFFF;
    private static final int ENTRIES_PER_BLOCK = 100;

    private ToUnicodeRepair() {
    }

    /**
     * @param pdf a PDF made by the renderer
     * @return the PDF with look-alike code points replaced in every Type 0 font's ToUnicode map
     * @throws IOException when the PDF cannot be read or written
     */
    public static byte[] repair(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            boolean changed = false;
            Set<COSBase> seen = new HashSet<>();
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    if (font instanceof PDType0Font type0 && seen.add(type0.getCOSObject())) {
                        changed |= rewrite(document, type0);
                    }
                }
            }
            if (!changed) {
                return pdf;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length);
            document.save(out);
            return out.toByteArray();
        }
    }

    private static boolean rewrite(PDDocument document, PDType0Font font) throws IOException {
        if (!font.getCOSObject().containsKey(COSName.TO_UNICODE)) {
            return false;
        }
        Map<Integer, String> mappings = new TreeMap<>();
        boolean changed = false;
        for (int code = 0; code <= LAST_CODE; code++) {
            String unicode = font.toUnicode(code);
            if (unicode != null) {
                String normalised = normalise(unicode);
                changed |= !normalised.equals(unicode);
                mappings.put(code, normalised);
            }
        }
        if (changed) {
            COSStream stream = document.getDocument().createCOSStream();
            try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
                out.write(cmap(mappings).getBytes(StandardCharsets.US_ASCII));
            }
            font.getCOSObject().setItem(COSName.TO_UNICODE, stream);
        }
        return changed;
    }

    /**
     * Kangxi radicals, CJK radicals and compatibility ideographs become the unified ideograph they look like; a lone
     * U+0336 (combining long stroke overlay, which IPA fonts draw with the em dash's glyph) becomes the em dash.
     */
    static String normalise(String unicode) {
        if ("\u0336".equals(unicode)) {
            return "\u2014";
        }
        StringBuilder out = new StringBuilder(unicode.length());
        unicode.codePoints().forEach(cp -> {
            boolean lookAlike = (cp >= 0x2E80 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF);
            out.append(lookAlike ? Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC)
                    : Character.toString(cp));
        });
        return out.toString();
    }

    private static String cmap(Map<Integer, String> mappings) {
        StringBuilder cmap = new StringBuilder(mappings.size() * 16 + 512);
        cmap.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        var entries = mappings.entrySet().stream().toList();
        for (int from = 0; from < entries.size(); from += ENTRIES_PER_BLOCK) {
            var block = entries.subList(from, Math.min(entries.size(), from + ENTRIES_PER_BLOCK));
            cmap.append(block.size()).append(" beginbfchar\n");
            for (Map.Entry<Integer, String> entry : block) {
                cmap.append(String.format("<%04X> <", entry.getKey()));
                for (char c : entry.getValue().toCharArray()) {
                    cmap.append(String.format("%04X", (int) c));
                }
                cmap.append(">\n");
            }
            cmap.append("endbfchar\n");
        }
        return cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n").toString();
    }
}
