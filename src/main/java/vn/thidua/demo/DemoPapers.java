package vn.thidua.demo;

import vn.thidua.shared.PdfWriter;

/** The papers a demo dossier carries: a one-page PDF per paper, marked as illustrative. */
final class DemoPapers {

    private DemoPapers() {}

    static byte[] pdf(String title, String unit, String... lines) {
        try (PdfWriter pdf = PdfWriter.report(title, unit)) {
            for (String line : lines) {
                pdf.text(line);
            }
            pdf.text("Dữ liệu minh họa của bản trình diễn, không phải văn bản thật.");
            return pdf.bytes();
        }
    }
}
