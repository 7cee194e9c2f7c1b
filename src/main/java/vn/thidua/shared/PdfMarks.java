package vn.thidua.shared;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;

/**
 * What every certificate page draws the same way (the award certificates of {@code decision}, the
 * certificates of awards held of {@code legacy}): the verification QR code as vector squares, text in
 * the embedded Vietnamese font (NFC), centred or placed, in black.
 */
public final class PdfMarks {

    private PdfMarks() {}

    /** The embedded font from the classpath (subset into the document). */
    public static PDType0Font font(PDDocument doc, String resource) throws IOException {
        try (InputStream in = PdfMarks.class.getResourceAsStream(resource)) {
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The QR code drawn as squares (vector, sharp at any print size), its lower left corner at x, y. */
    public static void qr(PDPageContentStream s, String url, float x, float y, float size) throws IOException {
        BitMatrix m;
        try {
            m = new QRCodeWriter()
                    .encode(
                            url,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException(e);
        }
        float cell = size / m.getWidth();
        s.setNonStrokingColor(new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE));
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    s.addRect(x + col * cell, y + size - (row + 1) * cell, cell, cell);
                }
            }
        }
        s.fill();
    }

    /** The text centred on {@code middle}. */
    public static void centerAt(PDPageContentStream s, PDType0Font font, float size, String raw, float middle, float y)
            throws IOException {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        float tw = font.getStringWidth(text) / 1000f * size;
        text(s, font, size, text, middle - tw / 2, y);
    }

    /** The text starting at x, y. */
    public static void text(PDPageContentStream s, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        s.setNonStrokingColor(new PDColor(new float[] {0, 0, 0}, PDDeviceRGB.INSTANCE));
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset(x, y);
        s.showText(Normalizer.normalize(text, Normalizer.Form.NFC));
        s.endText();
    }
}
