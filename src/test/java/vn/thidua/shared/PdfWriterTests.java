package vn.thidua.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfWriterTests {

    @Test
    void vietnameseTextIsEmbeddedAndReadsBackAsWritten() throws Exception {
        byte[] pdf;
        try (ReportWriter w = DocumentFormat.PDF.report("BÁO CÁO TỔNG KẾT", "Khối các cơ quan Đảng, đoàn thể tỉnh")) {
            pdf = w.heading("I. KẾT QUẢ")
                    .text("Sở Giáo dục và Đào tạo hoàn thành xuất sắc nhiệm vụ; ông Nguyễn Văn Tưởng được đề nghị"
                            + " tặng Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh.")
                    .bytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("Khối các cơ quan Đảng, đoàn thể tỉnh")
                    .contains("Nguyễn Văn Tưởng");
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).contains("LiberationSerif");
            }
        }
    }

    @Test
    void aLongTableRunsOverPagesRepeatingItsHeaderAndPagesAreNumberedFromTheSecond() throws Exception {
        List<String[]> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(new String[] {String.valueOf(i), "Trường Tiểu học Hòa Thành số " + i, "Lao động tiên tiến"});
        }
        byte[] pdf;
        try (ReportWriter w = DocumentFormat.PDF.report("DANH SÁCH")) {
            pdf = w.table(new String[] {"STT", "Đơn vị", "Danh hiệu"}, rows).bytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(2);
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper page = new PDFTextStripper();
                page.setStartPage(p);
                page.setEndPage(p);
                page.setSortByPosition(true);
                String text = page.getText(doc);
                assertThat(text).as("page %d", p).contains("Danh hiệu");
                if (p > 1) {
                    assertThat(text.strip()).as("page %d", p).startsWith(String.valueOf(p));
                }
            }
            assertThat(new PDFTextStripper().getText(doc)).contains("Trường Tiểu học Hòa Thành số 120");
        }
    }

    @Test
    void decomposedInputIsComposedAndWhatTheFontCannotDrawBecomesAQuestionMark() throws Exception {
        String decomposed = Normalizer.normalize("Lê Thị Thủy", Normalizer.Form.NFD);
        byte[] pdf;
        try (ReportWriter w = DocumentFormat.PDF.report("KIỂM TRA")) {
            pdf = w.text(decomposed + " 🏆 hoàn thành").bytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Lê Thị Thủy ? hoàn thành");
        }
    }

    @Test
    void aWordLongerThanAColumnIsCutInsteadOfRunningOverTheEdge() throws Exception {
        String code = "X".repeat(300);
        byte[] pdf;
        try (ReportWriter w = DocumentFormat.PDF.report("KIỂM TRA")) {
            pdf = w.table(new String[] {"Mã", "Ghi chú"}, List.<String[]>of(new String[] {code, "ngắn"}))
                    .bytes();
        }
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(doc).replaceAll("\\s", "")).contains(code);
        }
    }
}
