package vn.thidua.report.form;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithUserDetails;
import org.springframework.test.context.TestPropertySource;
import vn.thidua.IntegrationTest;
import vn.thidua.achievement.Award;
import vn.thidua.commendation.AwardClassifications;
import vn.thidua.commendation.AwardMethod;
import vn.thidua.commendation.Dossier;
import vn.thidua.commendation.DossierKind;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.commendation.RecipientTier;
import vn.thidua.council.CouncilFixtures;
import vn.thidua.decision.Decisions;
import vn.thidua.organization.TayNinhFixtures;
import vn.thidua.shared.InvalidInput;

/**
 * The classification the forms count by, recorded where the facts arise: the dossier's method from its kind,
 * the nominee's tier as the user confirms it (the position only suggests), copied to the decision's lines; a
 * report counts a legacy award as "not stated" rather than guessing.
 */
@IntegrationTest
@TestPropertySource(properties = "thidua.demo.decided-awards=true")
@Import({TayNinhFixtures.class, CouncilFixtures.class})
@WithUserDetails("bantdkt")
class ClassificationIntegrationTests {

    @Autowired
    AwardClassifications classifications;

    @Autowired
    Dossiers dossiers;

    @Autowired
    Decisions decisions;

    @Autowired
    CouncilFixtures council;

    @Autowired
    TayNinhFixtures tayNinh;

    @Autowired
    ReportForms reports;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDossierStatesItsMethodFromItsKindAndTheUserMayChangeIt() {
        long unit = tayNinh.currentUnit("Sở Giáo dục và Đào tạo");
        tayNinh.as("donvi", () -> {
            Dossier extraordinary = dossiers.create(unit, DossierKind.EXTRAORDINARY, null, 2025, "Đột xuất cứu người");
            Dossier longService = dossiers.create(unit, DossierKind.LONG_SERVICE, null, 2025, "Quá trình cống hiến");
            assertThat(classifications.method(extraordinary.id())).isEqualTo(AwardMethod.EXTRAORDINARY);
            assertThat(classifications.method(longService.id())).isEqualTo(AwardMethod.DEDICATION);
            classifications.stateMethod(longService.id(), AwardMethod.SENIORITY);
            assertThat(classifications.method(longService.id())).isEqualTo(AwardMethod.SENIORITY);
            assertThatThrownBy(() -> classifications.stateMethod(longService.id(), null))
                    .isInstanceOf(InvalidInput.class);
            return null;
        });
    }

    @Test
    void thePositionOnlySuggestsATierAndTheStoredOneIsWhatTheUserConfirms() {
        assertThat(RecipientTier.suggest("Giám đốc Sở Y tế")).contains(RecipientTier.DEPARTMENT_LEADER);
        assertThat(RecipientTier.suggest("Chủ tịch UBND tỉnh")).contains(RecipientTier.CENTRAL_LEADER);
        assertThat(RecipientTier.suggest("Phó Trưởng phòng")).contains(RecipientTier.OTHER_LEADER);
        assertThat(RecipientTier.suggest("Nông dân")).contains(RecipientTier.DIRECT_WORKER);
        assertThat(RecipientTier.suggest("Chuyên viên")).isEmpty();
        assertThat(RecipientTier.fromCell("Lao động trực tiếp")).contains(RecipientTier.DIRECT_WORKER);
        assertThat(RecipientTier.fromCell("lãnh đạo cấp vụ, sở")).contains(RecipientTier.DEPARTMENT_LEADER);
        assertThat(RecipientTier.fromCell("DOANH NHÂN")).contains(RecipientTier.ENTREPRENEUR);
        assertThat(RecipientTier.fromCell("giám đốc")).isEqualTo(Optional.empty());

        Dossier d = council.appraised(
                "Sở Y tế", "Đề nghị tặng Bằng khen (phân loại)", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 0);
        Nominee n = dossiers.nominees(d.id()).get(0);
        var stored = classifications.classify(n.id(), RecipientTier.OTHER, null);
        assertThat(stored.tier()).isEqualTo(RecipientTier.OTHER);
        assertThat(stored.method()).isEqualTo(AwardMethod.REGULAR);
        assertThatThrownBy(() -> classifications.classify(n.id(), null, true))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems())
                        .extracting(InvalidInput.Problem::field)
                        .containsExactly("enterprise"));
    }

    @Test
    void aDecisionDraftedFromTheApprovedNomineesCopiesTheirClassification() {
        Dossier d = council.approved(
                "Sở Tài chính",
                "Đề nghị tặng Bằng khen năm 2025 (phân loại)",
                Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
                0,
                1);
        List<Nominee> nominees = dossiers.nominees(d.id());
        classifications.stateMethod(d.id(), AwardMethod.THEMATIC);
        classifications.classify(nominees.get(0).id(), RecipientTier.DEPARTMENT_LEADER, null);
        classifications.classify(nominees.get(1).id(), RecipientTier.DIRECT_WORKER, null);
        var draft = decisions.draft(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 2025);
        List<String> lines = jdbc.sql("select r.award_method || ':' || r.recipient_tier from decision_recipient r"
                        + " where r.decision_id = :d and r.nominee_id in (:n) order by r.nominee_id")
                .param("d", draft.id())
                .param("n", nominees.stream().map(Nominee::id).toList())
                .query(String.class)
                .list();
        assertThat(lines).containsExactlyInAnyOrder("THEMATIC:DEPARTMENT_LEADER", "THEMATIC:DIRECT_WORKER");
    }

    @Test
    void aPersonIsNoEnterpriseAndACouncilMemberClassifiesNothing() {
        Dossier d = council.appraised(
                "Sở Nội vụ", "Đề nghị (kiểm tra đối tượng)", Award.PROVINCIAL_CERTIFICATE_OF_MERIT, 0);
        Nominee n = dossiers.nominees(d.id()).get(0);
        assertThatThrownBy(() -> classifications.classify(n.id(), null, Boolean.TRUE))
                .isInstanceOf(InvalidInput.class);
        assertThatThrownBy(
                        () -> tayNinh.as("hoidong1", () -> classifications.classify(n.id(), RecipientTier.OTHER, null)))
                .isInstanceOfAny(
                        org.springframework.security.access.AccessDeniedException.class,
                        vn.thidua.commendation.DossierNotFound.class);
    }

    @Test
    void aLegacyAwardWithoutClassificationIsCountedAsNotStated() {
        long person = jdbc.sql("select min(id) from organization_person")
                .query(Long.class)
                .single();
        jdbc.sql("insert into achievement_award (person_id, award_date, form, decision) values (:p, :d,"
                        + " 'PROVINCIAL_CERTIFICATE_OF_MERIT', 'Quyết định số 12/QĐ-UBND ngày 02/02/2011')")
                .param("p", person)
                .param("d", java.time.LocalDate.of(2011, 2, 2))
                .update();
        FormTable t = reports.compute("0603", Period.of(Period.Kind.YEAR, 2011, 0, null, null));
        assertThat(t.value("N1", "2").longValueExact()).isEqualTo(1);
        assertThat(t.value("N2", "2").longValueExact()).isEqualTo(1);
        assertThat(t.value("01", "2").longValueExact()).isEqualTo(1);
        assertThat(t.problems()).isEmpty();
    }
}
