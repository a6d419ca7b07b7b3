// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.kasuhara.pdf.JapaneseFont;

/**
 * The counter's leaflet (JHA-2024): one A4 page with the response policy in Japanese (English below it),
 * the form's address and its QR code, for staff to hand over.
 */
final class Leaflet {
    private static final float MARGIN = 56;

    private Leaflet() {
    }

    static byte[] render(String formUrl, JapaneseFont japanese) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(Messages.JA.get("site.title"));
            PDType0Font font = japanese.loadInto(doc);
            float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
            float y = PDRectangle.A4.getHeight() - MARGIN;
            try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
                y = text(out, font, 20, MARGIN, y, width, Messages.JA.get("site.title"));
                y = text(out, font, 11, MARGIN, y - 4, width, Messages.EN.get("site.title"));
                y -= 14;
                for (Messages m : List.of(Messages.JA, Messages.EN)) {
                    y = text(out, font, 11, MARGIN, y, width, m.get("form.intro"));
                    for (String key : List.of("notice.verify", "notice.enquiries", "notice.threats",
                            "notice.privacy")) {
                        y = text(out, font, 11, MARGIN, y - 2, width, "・" + m.get(key));
                    }
                    y -= 12;
                }
                float qr = 170;
                QrCode.draw(out, QrCode.encode(formUrl), MARGIN, y - qr, qr);
                float tx = MARGIN + qr + 16;
                float ty = y - 30;
                ty = text(out, font, 13, tx, ty, width - qr - 16, "受付フォーム / Reception form (24h)");
                text(out, font, 10, tx, ty - 6, width - qr - 16, formUrl);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** Writes wrapped text and returns the y below it. Japanese wraps at any character, English at spaces. */
    private static float text(PDPageContentStream out, PDType0Font font, float size, float x, float y, float width,
            String text) throws IOException {
        float leading = size * 1.5f;
        for (String line : wrap(font, size, width, text)) {
            y -= leading;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(x, y);
            out.showText(line);
            out.endText();
        }
        return y;
    }

    private static List<String> wrap(PDType0Font font, float size, float width, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int lastSpace = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            line.append(c);
            if (c == ' ') {
                lastSpace = line.length() - 1;
            }
            if (font.getStringWidth(line.toString()) / 1000 * size > width) {
                int cut = lastSpace > 0 && c < 0x3000 ? lastSpace : line.length() - 1;
                lines.add(line.substring(0, cut).stripTrailing());
                line.delete(0, cut).toString();
                while (line.length() > 0 && line.charAt(0) == ' ') {
                    line.deleteCharAt(0);
                }
                lastSpace = -1;
            }
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
