// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDPageContentStream;

/** A QR code (ZXing, error correction M) drawn as vector squares, so that it prints sharp at any size. */
final class QrCode {
    private QrCode() {
    }

    static BitMatrix encode(String text) {
        try {
            return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0,
                    EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR code of " + text.length() + " characters", e);
        }
    }

    /** Draws the code with its lower-left corner at (x, y), {@code size} points wide, with a quiet zone. */
    static void draw(PDPageContentStream page, BitMatrix matrix, float x, float y, float size) throws IOException {
        int n = matrix.getWidth();
        float module = size / (n + 8);
        page.setNonStrokingColor(1f, 1f, 1f);
        page.addRect(x, y, size, size);
        page.fill();
        page.setNonStrokingColor(0f, 0f, 0f);
        for (int row = 0; row < n; row++) {
            for (int col = 0; col < n; col++) {
                if (matrix.get(col, row)) {
                    page.addRect(x + (col + 4) * module, y + size - (row + 5) * module, module, module);
                }
            }
        }
        page.fill();
    }
}
