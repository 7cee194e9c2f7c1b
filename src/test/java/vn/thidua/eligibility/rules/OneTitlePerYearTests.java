package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_COLLECTIVE;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Award.EXCELLENT_COLLECTIVE;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Một danh hiệu chỉ tặng một lần cho thành tích một năm — Điều 5 Luật TĐKT 2022 (R17)")
class OneTitlePerYearTests {

    @Test
    @DisplayName("đã có LĐTT năm 2025 thì không xét lại LĐTT năm 2025; chưa có thì đủ điều kiện")
    void anAdvancedWorkerTitleHeldForTheYearIsNotGivenAgain() {
        var held = RuleBook.evaluate(
                ADVANCED_WORKER,
                2025,
                anIndividual().rated(2025, GOOD).holding(2025, ADVANCED_WORKER).build());
        var notHeld = RuleBook.evaluate(
                ADVANCED_WORKER,
                2025,
                anIndividual().rated(2025, GOOD).holding(2024, ADVANCED_WORKER).build());

        assertThat(held.reasons()).extracting(Rejection::code).containsExactly("ALREADY_HELD");
        assertThat(notHeld.eligible()).isTrue();
    }

    @Test
    @DisplayName("đã có CSTĐCS năm 2024 thì không xét lại CSTĐCS năm 2024")
    void aGrassrootsFighterTitleHeldForTheYearIsNotGivenAgain() {
        var verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2024,
                anIndividual()
                        .rated(2024, EXCELLENT)
                        .holding(2024, ADVANCED_WORKER)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("ALREADY_HELD");
    }

    @Test
    @DisplayName("tập thể đã có TTLĐTT, TTLĐXS năm 2025 thì không xét lại cho năm 2025")
    void collectiveTitlesHeldForTheYearAreNotGivenAgain() {
        var collective = aCollective()
                .rated(2025, EXCELLENT)
                .holding(2025, ADVANCED_COLLECTIVE)
                .holding(2025, EXCELLENT_COLLECTIVE)
                .withMembers(2025, 20)
                .advanced(16)
                .fighters(2)
                .build();

        assertThat(RuleBook.evaluate(ADVANCED_COLLECTIVE, 2025, collective).reasons())
                .extracting(Rejection::code)
                .containsExactly("ALREADY_HELD");
        assertThat(RuleBook.evaluate(EXCELLENT_COLLECTIVE, 2025, collective).reasons())
                .extracting(Rejection::code)
                .containsExactly("ALREADY_HELD");
    }
}
