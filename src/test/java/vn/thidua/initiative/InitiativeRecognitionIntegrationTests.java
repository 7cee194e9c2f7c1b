package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.AchievementRecords;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;
import vn.thidua.eligibility.Eligibility;
import vn.thidua.eligibility.Verdict;
import vn.thidua.organization.EditingPeople;
import vn.thidua.organization.PersonDetails;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.Gender;
import vn.thidua.shared.InvalidInput;

/**
 * A nurse of Sở Y tế and her colleague apply for recognition of their initiative; the provincial
 * initiative council recognises it province-wide; the initiative enters both records and the nurse,
 * three years Chiến sĩ thi đua cơ sở, becomes eligible for Chiến sĩ thi đua cấp tỉnh.
 */
@IntegrationTest
@Import(TayNinhFixtures.class)
class InitiativeRecognitionIntegrationTests {

    @Autowired
    InitiativeRegister register;

    @Autowired
    AchievementRecords records;

    @Autowired
    Eligibility eligibility;

    @Autowired
    EditingPeople editing;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    private long person(String unit, String name) {
        return editing.create(
                        new PersonDetails(name, Gender.FEMALE, LocalDate.of(1986, 9, 2), null, "Điều dưỡng", false),
                        tayNinh.currentUnit(unit),
                        LocalDate.of(2020, 1, 6))
                .getId();
    }

    private InitiativeRegister.Draft draft(String unit, List<Long> authors) {
        return new InitiativeRegister.Draft(
                "Quy trình nhắc lịch tái khám bằng tin nhắn Zalo cho bệnh nhân tăng huyết áp",
                "Lập danh sách bệnh nhân, nhắn lịch tái khám tự động trước 3 ngày, theo dõi người không đến.",
                "Trung tâm Y tế khu vực Hòa Thành và 12 trạm y tế xã",
                "Tỷ lệ tái khám đúng hẹn tăng từ 61% lên 88% sau 6 tháng.",
                tayNinh.currentUnit(unit),
                LocalDate.of(2024, 3, 4),
                authors);
    }

    private Verdict provincialFighter(long person) {
        return eligibility
                .judgePerson(person, 2024, Award.PROVINCIAL_EMULATION_FIGHTER, Basis.REGULAR)
                .orElseThrow();
    }

    @Test
    void aProvinciallyRecognisedInitiativeEntersEveryAuthorsRecordAndMakesTheNurseAProvincialFighter() {
        tayNinh.signInAs("bantdkt");
        long nurse = person("Sở Y tế", "Võ Thị Kim Loan");
        long colleague = person("Sở Y tế", "Trần Thị Mỹ Duyên");
        for (int y = 2022; y <= 2024; y++) {
            records.rate(nurse, y, Rating.EXCELLENT);
            records.grantTitle(nurse, y, Award.ADVANCED_WORKER, "QĐ " + y + "/QĐ-SYT");
            records.grantTitle(nurse, y, Award.GRASSROOTS_EMULATION_FIGHTER, "QĐ " + y + "/QĐ-SYT");
        }
        assertThat(provincialFighter(nurse).eligible()).isFalse();

        var applied = register.create(draft("Sở Y tế", List.of(nurse, colleague)));
        assertThat(applied.status()).isEqualTo(Status.SUBMITTED);
        assertThat(applied.authors())
                .extracting(InitiativeRegister.Author::name)
                .containsExactly("Võ Thị Kim Loan", "Trần Thị Mỹ Duyên");
        // still only an application: nothing in the records, not eligible
        assertThat(records.historyOf(nurse).initiatives()).isEmpty();
        assertThat(provincialFighter(nurse).eligible()).isFalse();

        var decided = register.decide(
                applied.id(),
                applied.version(),
                new InitiativeRegister.Decision(
                        CouncilLevel.PROVINCIAL,
                        true,
                        LocalDate.of(2024, 11, 20),
                        "1234/QĐ-HĐSK",
                        InitiativeScope.PROVINCIAL,
                        null));
        assertThat(decided.status()).isEqualTo(Status.RECOGNISED);
        assertThat(decided.decidedBy()).isEqualTo("bantdkt");
        for (long author : List.of(nurse, colleague)) {
            assertThat(records.historyOf(author).initiatives()).singleElement().satisfies(i -> {
                assertThat(i.year()).isEqualTo(2024);
                assertThat(i.scope()).isEqualTo(InitiativeScope.PROVINCIAL);
            });
        }
        assertThat(provincialFighter(nurse).eligible()).isTrue();
        // the colleague has the initiative but not the three CSTĐCS years
        assertThat(provincialFighter(colleague).eligible()).isFalse();

        // decided once: no second decision, no edit
        assertThatThrownBy(() -> register.decide(
                        decided.id(),
                        decided.version(),
                        new InitiativeRegister.Decision(
                                CouncilLevel.PROVINCIAL,
                                true,
                                LocalDate.of(2024, 11, 21),
                                "1235/QĐ-HĐSK",
                                InitiativeScope.PROVINCIAL,
                                null)))
                .isInstanceOf(InvalidInput.class);
        assertThat(records.historyOf(nurse).initiatives()).hasSize(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where entity_type = 'initiative' and entity_id = :id")
                        .param("id", String.valueOf(applied.id()))
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void theCouncilsLevelBoundsTheScopeDistrictsEndOnFirstJuly2025AndARefusalNeedsAReason() {
        tayNinh.signInAs("bantdkt");
        long author = person("Sở Y tế", "Lâm Thị Thu Thảo");
        var a = register.create(draft("Sở Y tế", List.of(author)));

        assertThatThrownBy(() -> register.decide(
                        a.id(),
                        a.version(),
                        new InitiativeRegister.Decision(
                                CouncilLevel.GRASSROOTS,
                                true,
                                LocalDate.of(2024, 6, 1),
                                "15/QĐ-SYT",
                                InitiativeScope.PROVINCIAL,
                                null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::messageKey)
                                .containsExactly("validation.initiative.scopeTooWide"));
        assertThatThrownBy(() -> register.decide(
                        a.id(),
                        a.version(),
                        new InitiativeRegister.Decision(
                                CouncilLevel.DISTRICT,
                                true,
                                LocalDate.of(2025, 7, 1),
                                "20/QĐ-HĐSK",
                                InitiativeScope.GRASSROOTS,
                                null)))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::messageKey)
                                .containsExactly("validation.initiative.noDistricts"));
        assertThatThrownBy(() -> register.decide(
                        a.id(),
                        a.version(),
                        new InitiativeRegister.Decision(
                                CouncilLevel.PROVINCIAL, false, LocalDate.of(2024, 6, 1), "21/QĐ-HĐSK", null, " ")))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::field)
                                .containsExactly("reason"));
        // nothing was written by the refused attempts
        assertThat(register.find(a.id()).version()).isEqualTo(a.version());

        // a district council before 1/7/2025 recognises at grassroots scope, which CSTĐCS reads
        var district = register.decide(
                a.id(),
                a.version(),
                new InitiativeRegister.Decision(
                        CouncilLevel.DISTRICT,
                        true,
                        LocalDate.of(2025, 6, 30),
                        "88/QĐ-HĐSK",
                        InitiativeScope.GRASSROOTS,
                        null));
        assertThat(district.scope()).isEqualTo(InitiativeScope.GRASSROOTS);
        assertThat(records.historyOf(author).initiatives())
                .singleElement()
                .satisfies(i -> assertThat(i.scope()).isEqualTo(InitiativeScope.GRASSROOTS));

        // a refusal with its reason writes nothing into the record
        long other = person("Sở Y tế", "Huỳnh Văn Lực");
        var refused = register.create(draft("Sở Y tế", List.of(other)));
        var no = register.decide(
                refused.id(),
                refused.version(),
                new InitiativeRegister.Decision(
                        CouncilLevel.GRASSROOTS,
                        false,
                        LocalDate.of(2024, 6, 1),
                        "16/QĐ-SYT",
                        null,
                        "Trùng với giải pháp đã áp dụng từ năm 2021"));
        assertThat(no.status()).isEqualTo(Status.NOT_RECOGNISED);
        assertThat(records.historyOf(other).initiatives()).isEmpty();
    }

    @Test
    void aUnitOfficerSeesOnlyHisUnitsApplicationsAndLeavesTheProvincialDecisionToTheProvince() {
        long teacher = tayNinh.as("bantdkt", () -> person("Sở Giáo dục và Đào tạo", "Nguyễn Thị Hồng Nhung"));
        long nurse = tayNinh.as("bantdkt", () -> person("Sở Y tế", "Đặng Thị Bích"));
        var health = tayNinh.as("bantdkt", () -> register.create(draft("Sở Y tế", List.of(nurse))));

        tayNinh.signInAs("donvi");
        assertThatThrownBy(() -> register.find(health.id())).isInstanceOf(ApplicationNotFound.class);
        assertThat(register.list(null, null))
                .extracting(InitiativeRegister.Application::id)
                .doesNotContain(health.id());
        // an author or unit out of scope is named, and nothing is written
        assertThatThrownBy(() -> register.create(draft("Sở Giáo dục và Đào tạo", List.of(teacher, nurse))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::messageKey)
                                .containsExactly("validation.initiative.authorNotFound"));
        assertThatThrownBy(() -> register.create(draft("Sở Y tế", List.of(teacher))))
                .isInstanceOfSatisfying(
                        InvalidInput.class,
                        e -> assertThat(e.problems())
                                .extracting(InvalidInput.Problem::messageKey)
                                .containsExactly("validation.initiative.unitOutOfScope"));

        var school = register.create(draft("Sở Giáo dục và Đào tạo", List.of(teacher)));
        assertThat(register.list("nhac lich tai kham", null))
                .extracting(InitiativeRegister.Application::id)
                .containsExactly(school.id());
        assertThatThrownBy(() -> register.decide(
                        school.id(),
                        school.version(),
                        new InitiativeRegister.Decision(
                                CouncilLevel.PROVINCIAL,
                                true,
                                LocalDate.of(2024, 12, 1),
                                "9/QĐ-HĐSK",
                                InitiativeScope.PROVINCIAL,
                                null)))
                .isInstanceOf(AccessDeniedException.class);

        // a stale page's edit fails
        var edited = register.update(school.id(), school.version(), draft("Sở Giáo dục và Đào tạo", List.of(teacher)));
        assertThatThrownBy(() -> register.update(
                        school.id(), school.version(), draft("Sở Giáo dục và Đào tạo", List.of(teacher))))
                .isInstanceOf(OptimisticLockingFailureException.class);

        // the officer records the school's grassroots council decision
        var recognised = register.decide(
                school.id(),
                edited.version(),
                new InitiativeRegister.Decision(
                        CouncilLevel.GRASSROOTS,
                        true,
                        LocalDate.of(2024, 12, 1),
                        "45/QĐ-SGDĐT",
                        InitiativeScope.GRASSROOTS,
                        null));
        assertThat(recognised.status()).isEqualTo(Status.RECOGNISED);
    }

    @Test
    void theFormKeepsWhatWasTypedAndNamesTheBadAuthorCode() throws Exception {
        String page = mvc.perform(post("/initiatives")
                        .with(user(users.loadUserByUsername("bantdkt")))
                        .with(csrf())
                        .param("title", "Sổ tay điện tử cho cán bộ xã")
                        .param("authors", "12, abc")
                        .param("content", "")
                        .param("appliedWhere", "")
                        .param("effect", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(page)
                .contains("Sổ tay điện tử cho cán bộ xã")
                .contains("12, abc")
                .contains("Tác giả: &quot;abc&quot; không phải mã cá nhân");
    }
}
