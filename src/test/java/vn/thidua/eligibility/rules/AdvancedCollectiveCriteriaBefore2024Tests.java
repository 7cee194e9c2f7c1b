package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_COLLECTIVE;
import static vn.thidua.achievement.Rating.GOOD;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.RulesInForce;

@DisplayName("Tập thể lao động tiên tiến trước 2024 — Điều 28 Luật TĐKT 2003 (sửa đổi 2013)")
class AdvancedCollectiveCriteriaBefore2024Tests {

    @Test
    @DisplayName("thành tích năm 2023 được xét theo luật cũ, đăng ký thi đua được nêu là điều kiện")
    void judgedByOldLawWithRegistration() {
        var verdict = RuleBook.evaluate(
                ADVANCED_COLLECTIVE,
                2023,
                aCollective()
                        .rated(2023, GOOD)
                        .withMembers(2023, 10)
                        .advanced(6)
                        .build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.rulesInForce()).isEqualTo(RulesInForce.LAW_2003_ND91);
        assertThat(verdict.assumed()).contains("eligibility.assumed.registered");
    }

    @Test
    @DisplayName("thành viên bị kỷ luật từ cảnh cáo trở lên thì không đạt")
    void memberDisciplinedBlocks() {
        var verdict = RuleBook.evaluate(
                ADVANCED_COLLECTIVE,
                2022,
                aCollective()
                        .rated(2022, GOOD)
                        .withMembers(2022, 10)
                        .advanced(8)
                        .disciplinedAtWarning(2)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("MEMBER_DISCIPLINED");
    }
}
