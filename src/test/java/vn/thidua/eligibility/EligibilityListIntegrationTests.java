package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.CollectiveRecords;
import vn.thidua.achievement.DisciplineForm;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.EditingUnits;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.organization.UnitDetails;
import vn.thidua.organization.UnitKind;
import vn.thidua.shared.Gender;

/** A school's staff and the school itself, judged together: who is eligible, who is one step short. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class EligibilityListIntegrationTests {

    @Autowired
    EligibilityLists lists;

    @Autowired
    Eligibility eligibility;

    @Autowired
    AchievementRecords records;

    @Autowired
    CollectiveRecords collectives;

    @Autowired
    EditingUnits units;

    @Autowired
    EditingPeople people;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MockMvc mvc;

    private long school;

    /** Trường THCS Nguyễn Du (a new school under Sở Giáo dục và Đào tạo) with ten teachers. */
    private List<Long> aSchoolWithTenTeachers(String name) {
        school = units.create(new UnitDetails(
                        "KT" + Integer.toHexString(name.hashCode()),
                        name,
                        UnitKind.SCHOOL,
                        tayNinh.currentUnit("Sở Giáo dục và Đào tạo"),
                        LocalDate.of(2010, 1, 1),
                        null,
                        null))
                .getId();
        String[] names = {
            "Trần Thị Mỹ Linh", "Nguyễn Văn Hùng", "Lê Thị Thu Hà", "Phạm Minh Tâm", "Võ Thị Ngọc Hân",
            "Huỳnh Văn Phúc", "Đặng Thị Kim Ngân", "Bùi Quốc Bảo", "Ngô Thị Hồng Nhung", "Dương Văn Lộc"
        };
        List<Long> ids = new java.util.ArrayList<>();
        for (String n : names) {
            ids.add(people.create(
                            new PersonDetails(n, Gender.FEMALE, LocalDate.of(1988, 9, 5), null, "Giáo viên", false),
                            school,
                            LocalDate.of(2018, 8, 15))
                    .getId());
        }
        return ids;
    }

    @Test
    void listsTheEligibleAndTheOneConditionShortWithWhatIsMissing() {
        // given: everyone rated well in 2025 and Lao động tiên tiến; the first two excellent
        List<Long> teachers = aSchoolWithTenTeachers("Trường THCS Nguyễn Du (kiểm thử danh sách)");
        for (long t : teachers) {
            records.rate(t, 2025, Rating.GOOD);
            records.grantTitle(t, 2025, Award.ADVANCED_WORKER, "QĐ 15/QĐ-THCSND");
        }
        long linh = teachers.get(0);
        long hung = teachers.get(1);
        records.rate(linh, 2025, Rating.EXCELLENT);
        records.grantTitle(linh, 2025, Award.GRASSROOTS_EMULATION_FIGHTER, "QĐ 16/QĐ-THCSND");
        // Hùng: CSTĐCS 2023 and 2024, then a gap: one year short of CSTĐ tỉnh (needs 3 in a row)
        records.rate(hung, 2023, Rating.EXCELLENT);
        records.rate(hung, 2024, Rating.EXCELLENT);
        records.grantTitle(hung, 2023, Award.GRASSROOTS_EMULATION_FIGHTER, "QĐ 9/QĐ-THCSND");
        records.grantTitle(hung, 2024, Award.GRASSROOTS_EMULATION_FIGHTER, "QĐ 12/QĐ-THCSND");
        records.recordInitiative(hung, 2024, InitiativeScope.PROVINCIAL, "Dạy học STEM với vật liệu tái chế");
        collectives.rate(school, 2025, Rating.EXCELLENT);

        // when
        var list = lists.forUnit(school, 2025);

        // then
        assertThat(list.peopleJudged()).isEqualTo(10);
        // the list names who may still be proposed (issue 17): a title already decided for the year is
        // counted apart, neither eligible nor near
        assertThat(list.held())
                .filteredOn(e -> e.award() == Award.ADVANCED_WORKER)
                .hasSize(10);
        assertThat(list.eligible())
                .filteredOn(e -> e.award() == Award.ADVANCED_WORKER)
                .isEmpty();
        assertThat(list.held())
                .filteredOn(e -> e.award() == Award.GRASSROOTS_EMULATION_FIGHTER)
                .extracting(EligibilityLists.Entry::name)
                .containsExactly("Trần Thị Mỹ Linh");
        assertThat(list.nearMisses())
                .noneMatch(e ->
                        e.verdict().reasons().stream().anyMatch(r -> r.code().equals("ALREADY_HELD")));
        assertThat(list.eligible())
                .filteredOn(e -> e.award() == Award.EXCELLENT_COLLECTIVE)
                .extracting(EligibilityLists.Entry::name)
                .containsExactly("Trường THCS Nguyễn Du (kiểm thử danh sách)");
        var hungShort = list.nearMisses().stream()
                .filter(e -> e.subjectId().equals(hung) && e.award() == Award.PROVINCIAL_EMULATION_FIGHTER)
                .findFirst()
                .orElseThrow();
        assertThat(hungShort.verdict().reasons()).extracting(Rejection::code).containsExactly("CHAIN_BROKEN");
    }

    @Test
    void aMemberUnderWarningDisciplineCostsTheCollectiveItsTitle() {
        // given
        List<Long> teachers = aSchoolWithTenTeachers("Trường Tiểu học Hòa Thành (kiểm thử kỷ luật)");
        for (long t : teachers) {
            records.rate(t, 2025, Rating.GOOD);
            records.grantTitle(t, 2025, Award.ADVANCED_WORKER, "QĐ 3/QĐ-THHT");
        }
        records.grantTitle(teachers.get(0), 2025, Award.GRASSROOTS_EMULATION_FIGHTER, "QĐ 4/QĐ-THHT");
        collectives.rate(school, 2025, Rating.EXCELLENT);
        collectives.recordStanding(school, 2025, "Khối các trường tiểu học", 1);
        assertThat(eligibility.verdictsForCollective(school, 2025))
                .filteredOn(Verdict::eligible)
                .extracting(Verdict::award)
                .contains(Award.EXCELLENT_COLLECTIVE, Award.ADVANCED_COLLECTIVE, Award.PROVINCIAL_EMULATION_FLAG);

        // when: a reprimand does not count, a warning does
        records.recordDiscipline(
                teachers.get(5), LocalDate.of(2025, 3, 1), LocalDate.of(2025, 9, 1), DisciplineForm.REPRIMAND, null);
        var afterReprimand = eligibility.verdictsForCollective(school, 2025);
        records.recordDiscipline(
                teachers.get(6), LocalDate.of(2025, 4, 1), null, DisciplineForm.WARNING, "Vi phạm quy chế thi");
        var afterWarning = eligibility.verdictsForCollective(school, 2025);

        // then
        assertThat(afterReprimand)
                .filteredOn(v -> v.award() == Award.ADVANCED_COLLECTIVE)
                .allMatch(Verdict::eligible);
        assertThat(afterWarning)
                .filteredOn(v -> v.award() == Award.ADVANCED_COLLECTIVE)
                .flatExtracting(Verdict::reasons)
                .extracting(Rejection::code)
                .containsExactly("MEMBER_DISCIPLINED");
    }

    @Test
    void theListExportsToExcelWithBothSheets() throws Exception {
        // given
        List<Long> teachers = aSchoolWithTenTeachers("Trường THPT Lê Quý Đôn (kiểm thử xuất Excel)");
        records.rate(teachers.get(0), 2025, Rating.GOOD);

        // when
        byte[] file = mvc.perform(
                        get("/eligibility/export").param("unit", "" + school).param("year", "2025"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        // then
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Đủ điều kiện");
            assertThat(book.getSheetAt(0).getRow(3).getCell(1).getStringCellValue())
                    .isEqualTo("Trần Thị Mỹ Linh");
            assertThat(book.getSheetAt(0).getRow(3).getCell(4).getStringCellValue())
                    .isEqualTo("Lao động tiên tiến");
            assertThat(book.getSheetAt(1).getSheetName()).isEqualTo("Gần đủ");
        }
    }

    @Test
    @WithUserDetails("donvi")
    void aUnitOfficerCannotListAnotherUnit() throws Exception {
        long outside = tayNinh.currentUnit("Sở Y tế");

        mvc.perform(get("/eligibility").param("unit", "" + outside)).andExpect(status().isNotFound());
    }
}
