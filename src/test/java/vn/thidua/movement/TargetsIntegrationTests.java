package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/** The Ban TĐKT sets PAR Index and plan targets; the units report their figures; progress is drawn. */
@IntegrationTest
@Import({TayNinhFixtures.class, MovementFixtures.class})
@WithUserDetails("bantdkt")
class TargetsIntegrationTests {

    @Autowired
    LaunchingMovements launching;

    @Autowired
    Targets targets;

    @Autowired
    MovementFixtures movementsFor;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MockMvc mvc;

    @Test
    void targetsActualsAndProgress() throws Exception {
        // given
        Movement m = movementsFor.launchedForDepartments("Phong trào năm 2026 (kiểm thử chỉ tiêu)", null);
        long education = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long health = tayNinh.currentUnit("Sở Y tế");
        targets.setTarget(m.getId(), education, Indicator.PAR_INDEX, null, 2026, new BigDecimal("90"), "điểm", true);
        targets.setTarget(
                m.getId(),
                health,
                Indicator.PLAN_TARGET,
                "Tỷ lệ trạm y tế có bác sĩ",
                2026,
                new BigDecimal("100"),
                "%",
                true);

        // when
        var lines = targets.of(m.getId());
        var par = lines.stream()
                .filter(l -> l.indicator() == Indicator.PAR_INDEX)
                .findFirst()
                .orElseThrow();
        targets.reportActual(par.id(), par.version(), new BigDecimal("92.5"));
        var plan = lines.stream()
                .filter(l -> l.indicator() == Indicator.PLAN_TARGET)
                .findFirst()
                .orElseThrow();
        targets.reportActual(plan.id(), plan.version(), new BigDecimal("85"));

        // then
        var after = targets.of(m.getId());
        assertThat(after).filteredOn(l -> l.indicator() == Indicator.PAR_INDEX).allMatch(Targets.Line::met);
        assertThat(after)
                .filteredOn(l -> l.indicator() == Indicator.PLAN_TARGET)
                .extracting(Targets.Line::progress)
                .containsExactly(85);
        assertThatThrownBy(() -> targets.reportActual(par.id(), par.version(), new BigDecimal("95")))
                .isInstanceOf(OptimisticLockingFailureException.class);
        assertThatThrownBy(() -> targets.setTarget(
                        m.getId(), health, Indicator.PLAN_TARGET, " ", 2026, BigDecimal.TEN, null, true))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems().get(0).messageKey()).isEqualTo("validation.target.label"));
        String page = mvc.perform(get("/movements/{id}/targets", m.getId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("id=\"progress-chart\"")
                .contains("Tỷ lệ trạm y tế có bác sĩ")
                .contains("85%");
        byte[] docx = mvc.perform(get("/movements/{id}/report.docx", m.getId()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new java.io.ByteArrayInputStream(docx));
                var text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            assertThat(text.getText())
                    .contains("BÁO CÁO SƠ KẾT, TỔNG KẾT PHONG TRÀO THI ĐUA")
                    .contains("Hoàn thành kế hoạch năm")
                    .contains("Chỉ tiêu kế hoạch: Tỷ lệ trạm y tế có bác sĩ")
                    .contains("Chưa đạt")
                    .contains("Chưa đăng ký");
        }
        byte[] pdf = mvc.perform(get("/movements/{id}/report.pdf", m.getId()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/movement-report.pdf"), pdf);
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc))
                    .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
                    .contains("BÁO CÁO SƠ KẾT, TỔNG KẾT PHONG TRÀO THI ĐUA")
                    .contains("Tỷ lệ trạm y tế")
                    .contains("Chưa");
        }
        mvc.perform(get("/movements/{id}/report.odt", m.getId())).andExpect(status().isBadRequest());
    }
}
