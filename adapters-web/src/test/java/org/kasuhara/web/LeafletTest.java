// Copyright The Kasuhara Authors
// SPDX-License-Identifier: Apache-2.0

package org.kasuhara.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leaflet is an A4 PDF whose Japanese text reads back (in the bundled font: no machine font is needed) and whose QR
 * code scans to the form's address.
 */
class LeafletTest {
    @Test
    void leafletHasJapanesePolicyTextAndAScannableQrCodeOfTheForm() throws Exception {
        String url = "https://counter.example.jp/kasuhara/form";
        try (TestServer server = new TestServer(Map.of("kasuhara.web.publicUrl", url))) {
            HttpResponse<byte[]> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    server.uri("/leaflet.pdf")).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(r.statusCode()).isEqualTo(200);
            assertThat(r.headers().firstValue("Content-Type")).hasValue("application/pdf");
            Path target = Path.of("target", "leaflet");
            Files.createDirectories(target);
            Files.write(target.resolve("kasuhara-leaflet.pdf"), r.body());
            try (PDDocument pdf = Loader.loadPDF(r.body())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                PDRectangle box = pdf.getPage(0).getMediaBox();
                assertThat(box.getWidth()).isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
                String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", "");
                assertThat(text).contains("カスタマーハラスメント外部相談窓口", "3営業日以内", "警察に通報します",
                        "進捗状況のお問い合わせにはお答えできません", "受付フォーム", url);
                BufferedImage image = new PDFRenderer(pdf).renderImageWithDPI(0, 150, ImageType.RGB);
                ImageIO.write(image, "png", target.resolve("kasuhara-leaflet.png").toFile());
                assertThat(decode(image)).isEqualTo(url);
            }
        }
    }

    @Test
    void withoutAPublicUrlTheQrCodePointsAtThisServer() throws Exception {
        try (TestServer server = new TestServer()) {
            byte[] pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(server.uri("/leaflet.pdf")).build(),
                    HttpResponse.BodyHandlers.ofByteArray()).body();
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                String scanned = decode(new PDFRenderer(doc).renderImageWithDPI(0, 150, ImageType.RGB));
                assertThat(URI.create(scanned).getPort()).isEqualTo(server.server.uri().getPort());
                assertThat(scanned).endsWith("/form");
            }
        }
    }

    @Test
    void aConfiguredLeafletFontThatCannotBeUsedStopsTheStartNamingTheFile(@TempDir Path dir) {
        Path notAFont = dir.resolve("company.ttf");

        assertThatThrownBy(() -> new TestServer(Map.of("kasuhara.web.leafletFont", notAFont.toString())).close())
                .hasStackTraceContaining("company.ttf");
    }

    static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
