package vn.thidua.shared;

import java.util.Locale;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The two forms a report is handed out in: Word to edit, PDF to print and file. */
public enum DocumentFormat {
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    PDF("application/pdf");

    private final String mediaType;

    DocumentFormat(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The format named by a file extension in a URL ({@code docx}, {@code pdf}). */
    public static DocumentFormat ofExtension(String extension) {
        try {
            return valueOf(extension.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("format", "validation.document.format");
        }
    }

    /** A new report in this format with the national title, the motto and its own title lines. */
    public ReportWriter report(String... titleLines) {
        return this == PDF ? PdfWriter.report(titleLines) : WordWriter.report(titleLines);
    }

    /** An empty A4 document to lay out an administrative document (a decision, a certificate list) on. */
    public DocumentWriter blank() {
        return this == PDF ? PdfWriter.blank() : WordWriter.blank();
    }

    /** The document as a download named {@code baseName.docx} or {@code baseName.pdf}. */
    public ResponseEntity<byte[]> download(byte[] body, String baseName) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(mediaType))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(baseName + "." + name().toLowerCase(Locale.ROOT))
                                .build()
                                .toString())
                .body(body);
    }
}
