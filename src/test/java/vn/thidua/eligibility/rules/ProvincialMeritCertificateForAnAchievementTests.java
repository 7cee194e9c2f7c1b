package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aHousehold;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Chủ tịch UBND tỉnh cho một thành tích — điểm a, b khoản 1 Điều 74 Luật TĐKT 2022")
class ProvincialMeritCertificateForAnAchievementTests {

    @Test
    @DisplayName("thành tích đột xuất: không cần chuỗi năm, thành tích do người xét được nêu là coi như đạt")
    void aSuddenAchievementNeedsNoChainOfYears() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                Basis.EXTRAORDINARY,
                anIndividual().build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.assumed()).contains("eligibility.assumed.outstandingAchievement");
    }

    @Test
    @DisplayName("hộ gia đình có thành tích trong phong trào do tỉnh phát động cũng được xét")
    void aHouseholdInAProvincialMovement() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2025,
                                Basis.THEMATIC,
                                aHousehold().build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("đang trong thời hạn kỷ luật thì không xét, kể cả khen đột xuất (Điều 4 NĐ 98/2023)")
    void disciplineStillBlocks() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                Basis.EXTRAORDINARY,
                anIndividual().disciplined(LocalDate.of(2025, 2, 1), null).build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("DISCIPLINE_IN_PERIOD");
    }

    @Test
    @DisplayName(
            "Bằng khen tỉnh theo chuyên đề không mở chuỗi 5 năm để đề nghị Bằng khen Thủ tướng (Điều 4 NĐ 98/2023)")
    void aThematicAwardDoesNotOpenTheRegularChain() {
        Candidate afterThematic = anIndividual()
                .receivedOnBasis(LocalDate.of(2019, 9, 2), PROVINCIAL_CERTIFICATE_OF_MERIT, Basis.THEMATIC)
                .rated(2020, 2024, GOOD)
                .rated(2022, EXCELLENT)
                .holding(2020, vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER)
                .holding(2022, vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER)
                .holding(2024, vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER)
                .build();

        assertThat(RuleBook.evaluate(PRIME_MINISTER_CERTIFICATE_OF_MERIT, 2024, afterThematic)
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("PREREQUISITE_MISSING");
    }
}
