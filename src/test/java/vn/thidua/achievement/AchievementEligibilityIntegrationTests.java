package vn.thidua.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.eligibility.Eligibility;
import vn.thidua.eligibility.Verdict;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/** Three years of records, judged as the Ban TĐKT would see them. */
@IntegrationTest
@Import(TayNinhFixtures.class)
@WithUserDetails("bantdkt")
class AchievementEligibilityIntegrationTests {

    @Autowired
    AchievementRecords records;

    @Autowired
    Eligibility eligibility;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    MockMvc mvc;

    @Autowired
    EditingPeople editing;

    private long withThreeFighterYears(String unit) {
        long person = newPerson(unit, "Lê Văn Thành");
        for (int y = 2022; y <= 2024; y++) {
            records.rate(person, y, Rating.EXCELLENT);
            records.grantTitle(person, y, Award.ADVANCED_WORKER, "QĐ " + y + "/QĐ-SYT");
            records.grantTitle(person, y, Award.GRASSROOTS_EMULATION_FIGHTER, "QĐ " + y + "/QĐ-SYT");
        }
        records.recordInitiative(person, 2023, InitiativeScope.PROVINCIAL, "Số hóa hồ sơ bệnh án tuyến xã");
        return person;
    }

    /** Someone with no record yet: the demo gives its people records of their own. */
    private long newPerson(String unit, String name) {

        return editing.create(
                        new PersonDetails(name, Gender.MALE, LocalDate.of(1985, 4, 30), null, "Chuyên viên", false),
                        tayNinh.currentUnit(unit),
                        LocalDate.of(2021, 1, 4))
                .getId();
    }

    @Test
    void judgesTheStoredRecordWithTheSameRules() {
        // given
        long person = withThreeFighterYears("Sở Y tế");

        // when
        var verdicts = eligibility.verdictsFor(person, 2024);

        // then
        assertThat(verdicts)
                .filteredOn(Verdict::eligible)
                .extracting(Verdict::award)
                .contains(Award.PROVINCIAL_EMULATION_FIGHTER, Award.PROVINCIAL_CERTIFICATE_OF_MERIT);
        // LĐTT and CSTĐCS 2024 are already held: not given twice for one year (issue 17, R17)
        assertThat(verdicts)
                .filteredOn(v -> v.award() == Award.ADVANCED_WORKER || v.award() == Award.GRASSROOTS_EMULATION_FIGHTER)
                .allSatisfy(v -> assertThat(v.reasons())
                        .extracting(vn.thidua.eligibility.Rejection::code)
                        .containsExactly("ALREADY_HELD"));
        assertThat(verdicts)
                .filteredOn(v -> v.award() == Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                .singleElement()
                .satisfies(v -> assertThat(v.eligible()).isFalse());
    }

    @Test
    void thePersonPageShowsVerdictsAndWhatIsMissing() throws Exception {
        long person = withThreeFighterYears("Sở Tư pháp");

        String page = mvc.perform(get("/people/{id}/eligibility", person).param("year", "2024"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(page)
                .contains("Xét điều kiện theo thành tích năm 2024")
                .contains("Chiến sĩ thi đua cấp tỉnh")
                .contains("Đủ điều kiện")
                .contains("Chưa đủ điều kiện: chưa có Bằng khen của Chủ tịch UBND tỉnh trước đó (điều kiện để xét)");
    }

    @Test
    void aTitleIsRecordedOncePerYear() {
        long person = newPerson("Xã Ninh Điền", "Phan Thanh Bình");
        records.grantTitle(person, 2024, Award.ADVANCED_WORKER, "QĐ 12/QĐ-UBND");

        assertThatThrownBy(() -> records.grantTitle(person, 2024, Award.ADVANCED_WORKER, "QĐ 13/QĐ-UBND"))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    @WithUserDetails("hoidong2")
    void aCouncilMemberNeitherReadsNorWritesRecordsOutsideTheCouncilsAgenda() {
        // a council member reads the dossiers on the council's agenda, not the province's records (issue 14)
        long person = tayNinh.personIn(tayNinh.currentUnit("Xã Ninh Điền"));

        assertThatThrownBy(() -> records.historyOf(person)).isInstanceOf(vn.thidua.organization.PersonNotFound.class);
        assertThatThrownBy(() -> records.rate(person, 2024, Rating.EXCELLENT))
                .isInstanceOfAny(AccessDeniedException.class, vn.thidua.organization.PersonNotFound.class);
    }

    @Test
    @WithUserDetails("donvi")
    void anOfficerCannotReadAnotherUnitsRecords() throws Exception {
        long other = tayNinh.personIn(tayNinh.currentUnit("Xã Ninh Điền"));

        mvc.perform(get("/people/{id}/eligibility", other)).andExpect(status().isNotFound());
    }

    @Test
    void disciplineEndingBeforeItStartsIsRefused() {
        long person = tayNinh.personIn(tayNinh.currentUnit("Xã Ninh Điền"));

        assertThatThrownBy(() -> records.recordDiscipline(
                        person, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 1, 1), DisciplineForm.REPRIMAND, null))
                .isInstanceOf(InvalidInput.class);
    }

    @Test
    void aStoredThematicAwardDoesNotOpenTheChainToThePrimeMinistersCertificate() {
        // given: Bằng khen tỉnh 2019 for a campaign, then five good years with three CSTĐCS
        long person = newPerson("Sở Y tế", "Đỗ Minh Triết");
        records.recordAward(
                person,
                LocalDate.of(2019, 9, 2),
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                "1650/QĐ-UBND",
                Basis.THEMATIC);
        for (int y = 2020; y <= 2024; y++) {
            records.rate(person, y, y == 2022 ? Rating.EXCELLENT : Rating.GOOD);
        }
        for (int y : new int[] {2020, 2022, 2024}) {
            records.grantTitle(person, y, Award.GRASSROOTS_EMULATION_FIGHTER, y + "/QĐ-SYT");
        }

        // when
        var primeMinister = eligibility.verdictsFor(person, 2024).stream()
                .filter(v -> v.award() == Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT)
                .findFirst()
                .orElseThrow();

        // then
        assertThat(primeMinister.reasons())
                .extracting(vn.thidua.eligibility.Rejection::code)
                .containsExactly("PREREQUISITE_MISSING");
    }
}
