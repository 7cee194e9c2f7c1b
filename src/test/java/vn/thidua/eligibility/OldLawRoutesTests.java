package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.Basis;
import vn.thidua.achievement.InitiativeScope;

/**
 * Issue 17, the old-law routes: which routes and bases the rule book holds for achievements up to
 * 2023 (docs/legal-reference.md §2.8), and which stay "not encoded" because no text was found.
 */
@DisplayName("Các con đường của luật cũ (trước 2024): mã hóa theo văn bản đã đọc, còn lại trả lời “chưa mã hóa”")
class OldLawRoutesTests {

    @Test
    @DisplayName("công nhân 02 sáng kiến năm 2023: BK Thủ tướng đủ; HCLĐ hạng Ba chưa đủ (cần 03 sáng kiến cấp huyện)")
    void oneWorkerHistoryMeetsTheCertificateRouteButNotTheOrderRoute() {
        Candidate worker = anIndividual()
                .directWorker()
                .withInitiative(2022, InitiativeScope.DISTRICT)
                .withInitiative(2023, InitiativeScope.DISTRICT)
                .build();

        assertThat(RuleBook.evaluate(Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2023, worker)
                        .eligible())
                .isTrue();
        assertThat(RuleBook.evaluate(Award.LABOR_ORDER_THIRD_CLASS, 2023, worker)
                        .eligible())
                .isFalse();
    }

    @Test
    @DisplayName(
            "mỗi kết luận theo con đường luật cũ đều ghi căn cứ chưa xác nhận (NĐ 65/2014 đọc được, NĐ 91 suy luận)")
    void everyOldRouteVerdictSaysItsBasisIsInferred() {
        Candidate farmer = anIndividual().withProductionModel(2019, null).build();

        for (Award award : new Award[] {Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, Award.LABOR_ORDER_THIRD_CLASS}) {
            Verdict verdict = RuleBook.evaluate(award, 2023, farmer);
            assertThat(verdict.eligible()).as(award.name()).isTrue();
            assertThat(verdict.confirmed()).as(award.name()).isFalse();
        }
    }

    @Test
    @DisplayName(
            "thành tích đột xuất, chuyên đề trước 2024: HCLĐ hạng Ba, Cờ Chính phủ xét được; Cờ tỉnh, danh hiệu vẫn 422")
    void theSuddenAndThematicBasesBefore2024() {
        assertThat(RuleBook.evaluate(
                                Award.LABOR_ORDER_THIRD_CLASS,
                                2019,
                                Basis.EXTRAORDINARY,
                                anIndividual().build())
                        .eligible())
                .isTrue();
        assertThat(RuleBook.evaluate(
                                Award.GOVERNMENT_EMULATION_FLAG,
                                2019,
                                Basis.THEMATIC,
                                aCollective().build())
                        .eligible())
                .isTrue();
        assertThatThrownBy(() -> RuleBook.evaluate(
                        Award.PROVINCIAL_EMULATION_FLAG,
                        2019,
                        Basis.THEMATIC,
                        aCollective().build()))
                .isInstanceOf(RuleBook.NotEncoded.class);
        assertThatThrownBy(() -> RuleBook.evaluate(
                        Award.GOVERNMENT_EMULATION_FLAG,
                        2019,
                        Basis.EXTRAORDINARY,
                        aCollective().build()))
                .isInstanceOf(RuleBook.NotEncoded.class);
        assertThatThrownBy(() -> RuleBook.evaluate(
                        Award.LABOR_ORDER_THIRD_CLASS,
                        2019,
                        Basis.THEMATIC,
                        anIndividual().build()))
                .isInstanceOf(RuleBook.NotEncoded.class);
        assertThatThrownBy(() -> RuleBook.evaluate(
                        Award.ADVANCED_WORKER,
                        2019,
                        Basis.THEMATIC,
                        anIndividual().build()))
                .isInstanceOf(RuleBook.NotEncoded.class);
    }
}
