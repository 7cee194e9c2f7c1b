package vn.thidua.exemplary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/**
 * The officer of Sở Giáo dục và Đào tạo records a teacher found in the movement; the Ban TĐKT
 * verifies her, she agrees to be published, she is nurtured and replicated and honoured on 11 June;
 * the portal's section shows her only once verified and consented.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
class ExemplaryRegisterIntegrationTests {

    @Autowired
    ExemplaryRegister register;

    @Autowired
    HonouringEvents events;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    EditingPeople people;

    @Autowired
    AchievementRecords records;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private ExemplaryRegister.Draft teacher(String name, Long personId) {
        return new ExemplaryRegister.Draft(
                ExampleKind.PERSON,
                name,
                personId,
                tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                "Giáo dục và đào tạo",
                "Hướng dẫn học sinh dân tộc thiểu số ở xã biên giới đọc thông viết thạo; mở lớp học tình thương.",
                "Công đoàn ngành Giáo dục",
                LocalDate.of(2026, 1, 12));
    }

    /** A public page as a reader sees it; the test thread keeps whoever it was signed in as. */
    private String publicPage(String path, int expected) throws Exception {
        var saved = SecurityContextHolder.getContext().getAuthentication();
        try {
            return mvc.perform(get(path))
                    .andExpect(status().is(expected))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        } finally {
            SecurityContextHolder.getContext().setAuthentication(saved);
        }
    }

    private String portalSection() throws Exception {
        // a query string keeps the portal's page cache out of the way (it serves plain paths for 1 s)
        return publicPage("/portal/chuyen-muc/guong-dien-hinh?fresh=" + System.nanoTime(), 200);
    }

    @Test
    void anExampleReachesThePortalOnlyOnceVerifiedAndConsentedAndLeavesItWhenConsentIsWithdrawn() throws Exception {
        tayNinh.signInAs("donvi");
        var found = register.create(teacher("Đinh Thị Ngọc Hân", null));
        assertThat(found.stage()).isEqualTo(Stage.DISCOVERED);
        assertThat(found.recordedBy()).isEqualTo("donvi");
        assertThat(portalSection()).doesNotContain("Đinh Thị Ngọc Hân");

        // the officer consents on her behalf: still not verified, still not public
        var consented = register.consent(
                found.id(), found.version(), true, LocalDate.of(2026, 2, 1), "Đơn đồng ý ngày 01/02/2026");
        assertThat(portalSection()).doesNotContain("Đinh Thị Ngọc Hân");
        publicPage("/portal/dien-hinh-tien-tien/" + found.id(), 404);

        // the officer may not verify her own entry; the Ban TĐKT does
        assertThatThrownBy(() -> register.verify(found.id(), consented.version()))
                .isInstanceOf(AccessDeniedException.class);
        var verified = tayNinh.as("bantdkt", () -> register.verify(found.id(), consented.version()));
        assertThat(verified.verifiedBy()).isEqualTo("bantdkt");
        assertThat(portalSection()).contains("Đinh Thị Ngọc Hân");
        assertThat(publicPage("/portal/dien-hinh-tien-tien/" + found.id(), 200))
                .contains("lớp học tình thương")
                .doesNotContain("Đơn đồng ý"); // the consent's paperwork is not published

        // withdrawn consent takes her off the portal
        register.consent(
                found.id(), verified.version(), false, LocalDate.of(2026, 3, 2), "Rút lại bằng đơn ngày 02/03/2026");
        assertThat(portalSection()).doesNotContain("Đinh Thị Ngọc Hân");
        publicPage("/portal/dien-hinh-tien-tien/" + found.id(), 404);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'exemplary' and entity_id = :id")
                        .param("id", String.valueOf(found.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(4);
    }

    @Test
    void stagesGoOneStepAtATimeAndOnlyAnEventHonours() {
        tayNinh.signInAs("donvi");
        var e = register.create(teacher("Lư Thị Bảo Trân", null));
        // not verified: no nurturing
        assertThatThrownBy(() -> register.advance(e.id(), e.version(), Stage.NURTURED, null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems().get(0).messageKey())
                                .isEqualTo("validation.exemplary.notVerified"));
        var v = tayNinh.as("lanhdao", () -> register.verify(e.id(), e.version()));
        // no skipping a stage
        assertThatThrownBy(() -> register.advance(e.id(), v.version(), Stage.REPLICATED, "Trường THCS Bến Cầu"))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems().get(0).messageKey()).isEqualTo("validation.exemplary.stageOrder"));
        var nurtured = register.advance(e.id(), v.version(), Stage.NURTURED, null);
        // replication says where
        assertThatThrownBy(() -> register.advance(e.id(), nurtured.version(), Stage.REPLICATED, "  "))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems().get(0).field()).isEqualTo("note"));
        // a stale page fails
        assertThatThrownBy(() -> register.advance(e.id(), v.version(), Stage.REPLICATED, "Trường THCS Bến Cầu"))
                .isInstanceOf(OptimisticLockingFailureException.class);
        var replicated = register.advance(
                e.id(), nurtured.version(), Stage.REPLICATED, "Nhân rộng tại 12 trường THCS huyện biên giới");
        assertThatThrownBy(() -> register.advance(e.id(), replicated.version(), Stage.HONOURED, null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems().get(0).messageKey())
                                .isEqualTo("validation.exemplary.honourAtEvent"));

        // the Ban TĐKT holds the 78th anniversary of the Call and honours her
        tayNinh.signInAs("bantdkt");
        assertThatThrownBy(
                        () -> events.create(EventKind.ANNIVERSARY, "Kỷ niệm 78 năm", LocalDate.of(2026, 5, 11), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems().get(0).field()).isEqualTo("heldOn"));
        var anniversary = events.create(
                EventKind.ANNIVERSARY,
                "Lễ kỷ niệm 78 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
                LocalDate.of(2026, 6, 11),
                "Hội trường UBND tỉnh");
        assertThat(anniversary.anniversary()).isEqualTo(78);
        events.honour(anniversary.id(), e.id(), "Giáo viên tiêu biểu vùng biên giới");
        assertThat(register.find(e.id()).stage()).isEqualTo(Stage.HONOURED);
        assertThat(events.honoured(anniversary.id()))
                .extracting(HonouringEvents.Honoured::name)
                .containsExactly("Lư Thị Bảo Trân");
        assertThatThrownBy(() -> events.honour(anniversary.id(), e.id(), null))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems().get(0).messageKey())
                                .isEqualTo("validation.exemplary.alreadyHonoured"));
        assertThat(register.stages(e.id()))
                .extracting(ExemplaryRegister.StageChange::to)
                .containsExactly(Stage.DISCOVERED, Stage.NURTURED, Stage.REPLICATED, Stage.HONOURED);

        // a unit officer keeps no province events
        tayNinh.signInAs("donvi");
        assertThatThrownBy(() -> events.create(EventKind.CONFERENCE, "Hội nghị", LocalDate.of(2026, 3, 1), null))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOfficerSeesAndWritesOnlyHisUnitsExamplesAndBadInputNamesEveryField() {
        tayNinh.signInAs("bantdkt");
        long farming = tayNinh.currentUnit("Sở Nông nghiệp và Môi trường");
        var other = register.create(new ExemplaryRegister.Draft(
                ExampleKind.MODEL,
                "Mô hình trồng mãng cầu hữu cơ Bà Đen",
                null,
                farming,
                "Nông nghiệp",
                "Hợp tác xã chuyển đổi 40 ha sang canh tác hữu cơ.",
                "Hội Nông dân tỉnh",
                LocalDate.of(2025, 11, 3)));
        tayNinh.signInAs("donvi");
        assertThat(register.list("mang cau", null)).isEmpty();
        assertThatThrownBy(() -> register.find(other.id())).isInstanceOf(ExampleNotFound.class);
        assertThatThrownBy(() -> register.create(new ExemplaryRegister.Draft(
                        ExampleKind.COLLECTIVE, " ", 5L, farming, "", "", "", LocalDate.of(2027, 1, 1))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        i -> assertThat(i.problems())
                                .extracting(InvalidInput.Problem::field)
                                .contains("name", "field", "deed", "foundBy", "foundOn", "unitId", "personId"));
        // the search ignores diacritics
        register.create(teacher("Nguyễn Ánh Tuyết", null));
        assertThat(register.list("nguyen anh tuyet", null))
                .extracting(ExemplaryRegister.Example::name)
                .contains("Nguyễn Ánh Tuyết");
        // the council member reads no register
        tayNinh.signInAs("hoidong1");
        assertThatThrownBy(() -> register.list(null, null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aPersonsExampleShowsTheAwardsInHerRecord() throws Exception {
        tayNinh.signInAs("donvi");
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        long id = people.create(
                        new PersonDetails(
                                "Huỳnh Thị Kim Xuyến",
                                Gender.FEMALE,
                                LocalDate.of(1986, 4, 2),
                                "072186004423",
                                "Giáo viên",
                                false),
                        unit,
                        LocalDate.of(2012, 9, 1))
                .getId();
        records.recordAward(id, LocalDate.of(2024, 12, 20), Award.PROVINCIAL_CERTIFICATE_OF_MERIT, "3150/QĐ-UBND");
        var e = register.create(teacher("Huỳnh Thị Kim Xuyến", id));
        assertThat(register.awards(e)).extracting(a -> a.decision()).containsExactly("3150/QĐ-UBND");
        String page = mvc.perform(
                        get("/exemplary/" + e.id())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("donvi"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page).contains("3150/QĐ-UBND").contains("Huỳnh Thị Kim Xuyến");

        // the list goes out as Excel
        byte[] xlsx = mvc.perform(
                        get("/exemplary/export.xlsx?q=xuyen")
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("donvi"))))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertThat(book.getSheetAt(0).getRow(1).getCell(1).getStringCellValue())
                    .isEqualTo("Huỳnh Thị Kim Xuyến");
            assertThat(book.getSheetAt(0).getRow(1).getCell(8).getStringCellValue())
                    .isEqualTo("Phát hiện");
        }

        // a form posted with a blank name comes back with what was typed and the field named
        String refused = mvc.perform(
                        post("/exemplary")
                                .with(csrf())
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user(users.loadUserByUsername("donvi")))
                                .param("kind", "PERSON")
                                .param("name", "")
                                .param("unitId", String.valueOf(unit))
                                .param("field", "Giáo dục")
                                .param("deed", "Dạy học sinh khuyết tật học nghề")
                                .param("foundBy", "Trường")
                                .param("foundOn", "2026-01-05"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(refused).contains("Dạy học sinh khuyết tật học nghề").contains("Tên: Trường này là bắt buộc");
    }
}
