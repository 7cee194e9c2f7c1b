package vn.thidua.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.Workbooks;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.decision.Signatures;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/**
 * A retired teacher asks the Sở Nội vụ to certify her awards for her allowance file: the certificate
 * lists what her record holds and what the old Tây Ninh register holds, is signed, and its QR code
 * opens a public page that confirms it; a name with nothing on record gets no certificate.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
class AwardCertificationIntegrationTests {

    private static final String VERIFY = "https://thidua.tayninh.gov.vn/xac-minh/xn/";

    @Autowired
    Certifications certifications;

    @Autowired
    LegacyRegisters registers;

    @Autowired
    EditingPeople people;

    @Autowired
    AchievementRecords records;

    @Autowired
    Signatures signatures;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long teacherWithRecordAndOldProvinceAward() {
        tayNinh.signInAs("bantdkt");
        long id = people.create(
                        new PersonDetails(
                                "Châu Thị Mỹ Linh",
                                Gender.FEMALE,
                                LocalDate.of(1968, 3, 14),
                                "072168001937",
                                "Giáo viên",
                                false),
                        tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                        LocalDate.of(1990, 9, 1))
                .getId();
        records.recordAward(id, LocalDate.of(2025, 12, 30), Award.PROVINCIAL_CERTIFICATE_OF_MERIT, "4012/QĐ-UBND");
        registers.importFile(
                new ByteArrayInputStream(
                        Workbooks.bytes(Workbooks.sheet("DS", LegacyRegisters.COLUMNS, List.<String[]>of(new String[] {
                            "1",
                            "Tỉnh cũ",
                            "Cá nhân",
                            "Châu Thị Mỹ Linh",
                            "1968",
                            "072168001937",
                            "Phường Tân Ninh",
                            "Bằng khen của Chủ tịch UBND tỉnh Tây Ninh",
                            "",
                            "Tây Ninh",
                            "2875/QĐ-UBND",
                            "18/12/2018",
                            "Chủ tịch UBND tỉnh Tây Ninh",
                            ""
                        })))),
                "tinh-cu.xlsx");
        return id;
    }

    @Test
    void aCertificateListsTheRecordAndTheOldRegisterIsSignedAndVerifiable() throws Exception {
        long person = teacherWithRecordAndOldProvinceAward();
        var request = new Certifications.Request(
                person, null, null, null, "Bà Châu Thị Mỹ Linh", "bổ sung hồ sơ hưởng chế độ");
        var found = certifications.find(request);
        assertThat(found.lines())
                .containsExactly(
                        "Bằng khen của Chủ tịch UBND tỉnh, Quyết định số 4012/QĐ-UBND ngày 30/12/2025",
                        "Bằng khen của Chủ tịch UBND tỉnh Tây Ninh, Quyết định số 2875/QĐ-UBND ngày 18/12/2018 của"
                                + " Chủ tịch UBND tỉnh Tây Ninh");

        var issued = certifications.issue(request, VERIFY);
        assertThat(issued.numberText()).matches("\\d+/XN-SNV");
        assertThat(issued.code()).matches("[A-Z0-9]{20}");
        assertThat(issued.signerSubject()).isNotBlank();

        byte[] pdf = certifications.signedPdf(issued.id());
        assertThat(signatures.validate(pdf).valid()).isTrue();
        java.nio.file.Files.createDirectories(java.nio.file.Path.of("target/screenshots"));
        java.nio.file.Files.write(java.nio.file.Path.of("target/screenshots/86-certification.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text)
                    .contains("GIẤY XÁC NHẬN KHEN THƯỞNG")
                    .contains("Châu Thị Mỹ Linh")
                    .contains("4012/QĐ-UBND")
                    .contains("2875/QĐ-UBND")
                    .contains("Số: " + issued.numberText())
                    .contains(VERIFY + issued.code());
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                }
            }
        }
        assertThat(jdbc.sql(
                                "select count(*) from audit_entry where entity_type = 'legacy_certification' and entity_id = :id"
                                        + " and after_state like '%bổ sung hồ sơ hưởng chế độ%'")
                        .param("id", String.valueOf(issued.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // the QR code's page, public: the name, the number and the awards; not the birth year or CCCD
        SecurityContextHolder.clearContext();
        String page = mvc.perform(get("/xac-minh/xn/" + issued.code()))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Châu Thị Mỹ Linh")
                .contains(issued.numberText())
                .contains("2875/QĐ-UBND");
        assertThat(page).doesNotContain("072168001937");
        mvc.perform(get("/xac-minh/xn/ABCDEFGHJKLMNPQRSTUV")).andExpect(status().isNotFound());
    }

    @Test
    void nothingOnRecordMeansNoCertificateAndOnlyTheBanTdktCertifies() {
        tayNinh.signInAs("bantdkt");
        int before = jdbc.sql("select count(*) from legacy_certification")
                .query(Integer.class)
                .single();
        assertThatThrownBy(() -> certifications.issue(
                        new Certifications.Request(null, "Người Không Có Hồ Sơ", 1950, null, "UBND xã", "xác nhận"),
                        VERIFY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems().get(0).messageKey())
                                .isEqualTo("validation.certification.nothing"));
        assertThatThrownBy(() -> certifications.issue(
                        new Certifications.Request(null, "Trần Văn Sáu", 1938, null, " ", ""), VERIFY))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems())
                                .extracting(InvalidInput.Problem::field)
                                .containsExactly("requestedBy", "purpose"));
        assertThat(jdbc.sql("select count(*) from legacy_certification")
                        .query(Integer.class)
                        .single())
                .isEqualTo(before);
        // by name and birth year, from the resistance register (the demo's illustrative veteran)
        assertThat(certifications
                        .find(new Certifications.Request(null, "tran van sau", 1938, null, null, null))
                        .lines())
                .hasSize(2)
                .allMatch(l -> l.contains("Kháng chiến"));

        tayNinh.signInAs("donvi");
        assertThatThrownBy(() ->
                        certifications.find(new Certifications.Request(null, "Trần Văn Sáu", null, null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
