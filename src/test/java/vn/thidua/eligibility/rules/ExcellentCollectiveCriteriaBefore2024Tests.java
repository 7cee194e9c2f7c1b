package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.EXCELLENT_COLLECTIVE;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Tập thể lao động xuất sắc trước 2024 — Điều 27 Luật TĐKT 2003 (căn cứ suy luận [I])")
class ExcellentCollectiveCriteriaBefore2024Tests {

    @Test
    @DisplayName("luật cũ thêm: không có thành viên bị kỷ luật từ cảnh cáo trở lên")
    void oldLawAlsoRefusesDisciplinedMembers() {
        var collective = aCollective()
                .rated(2023, EXCELLENT)
                .withMembers(2023, 20)
                .advanced(16)
                .fighters(2)
                .disciplinedAtWarning(1)
                .build();

        assertThat(RuleBook.evaluate(EXCELLENT_COLLECTIVE, 2023, collective).reasons())
                .extracting(Rejection::code)
                .containsExactly("MEMBER_DISCIPLINED");
    }

    @Test
    @DisplayName(
            "từ 2024 vẫn không có thành viên bị kỷ luật từ cảnh cáo: TTLĐXS không thể dễ hơn TTLĐTT (Điều 27–28 Luật"
                    + " 2022, suy luận [I])")
    void theWarningClauseStillAppliesFrom2024() {
        var collective = aCollective()
                .rated(2024, EXCELLENT)
                .withMembers(2024, 20)
                .advanced(16)
                .fighters(2)
                .disciplinedAtWarning(1)
                .build();

        // issue 17: the 2022 Điều 27 copy lacks the clause, but TTLĐXS is chosen among collectives meeting
        // TTLĐTT (Điều 28 keeps it): the clause applies to both, marked inferred
        var verdict = RuleBook.evaluate(EXCELLENT_COLLECTIVE, 2024, collective);
        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("MEMBER_DISCIPLINED");
        assertThat(verdict.reasons().get(0).legalReference().certainty())
                .isEqualTo(vn.thidua.shared.LegalReference.Certainty.INFERRED);
        assertThat(verdict.rulesInForce()).isEqualTo(vn.thidua.eligibility.RulesInForce.LAW_2022_ND98);
    }
}
