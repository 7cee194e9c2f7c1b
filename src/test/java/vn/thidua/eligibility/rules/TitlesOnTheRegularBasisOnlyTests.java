package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static vn.thidua.achievement.Award.ADVANCED_COLLECTIVE;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Danh hiệu thi đua chỉ xét theo thành tích thường xuyên — Điều 8 Luật TĐKT 2022 ([I])")
class TitlesOnTheRegularBasisOnlyTests {

    @Test
    @DisplayName("Chiến sĩ thi đua cơ sở theo chuyên đề, Tập thể lao động tiên tiến đột xuất: không xét")
    void titlesAreNotGivenForOneAchievement() {
        assertThat(RuleBook.evaluate(
                                GRASSROOTS_EMULATION_FIGHTER,
                                2025,
                                Basis.THEMATIC,
                                anIndividual().build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("TITLE_ON_REGULAR_BASIS_ONLY");
        assertThat(RuleBook.evaluate(
                                ADVANCED_COLLECTIVE,
                                2025,
                                Basis.EXTRAORDINARY,
                                aCollective().build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("TITLE_ON_REGULAR_BASIS_ONLY");
    }

    @Test
    @DisplayName("khen quá trình cống hiến cần bảng thời gian giữ chức vụ: chưa mã hóa, không đoán")
    void longServiceIsNotEncoded() {
        assertThrows(
                RuleBook.NotEncoded.class,
                () -> RuleBook.evaluate(
                        GRASSROOTS_EMULATION_FIGHTER,
                        2025,
                        Basis.LONG_SERVICE,
                        anIndividual().build()));
    }
}
