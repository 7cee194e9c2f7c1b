package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_COLLECTIVE;
import static vn.thidua.achievement.Award.EXCELLENT_COLLECTIVE;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Candidate;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("TTLĐXS không dễ hơn TTLĐTT: không có thành viên bị kỷ luật từ cảnh cáo — Điều 27–28 Luật 2022 ([I])")
class ExcellentCollectiveNoWarningDisciplineTests {

    private static Candidate collective(int disciplined) {
        return aCollective()
                .rated(2025, EXCELLENT)
                .withMembers(2025, 20)
                .advanced(16)
                .fighters(2)
                .disciplinedAtWarning(disciplined)
                .build();
    }

    @Test
    @DisplayName("một thành viên bị cảnh cáo năm 2025: không đạt TTLĐXS và cũng không đạt TTLĐTT (không còn mâu thuẫn)")
    void aMemberWarnedRefusesBothCollectiveTitles() {
        var excellent = RuleBook.evaluate(EXCELLENT_COLLECTIVE, 2025, collective(1));
        var advanced = RuleBook.evaluate(ADVANCED_COLLECTIVE, 2025, collective(1));

        assertThat(excellent.reasons()).extracting(Rejection::code).containsExactly("MEMBER_DISCIPLINED");
        assertThat(advanced.reasons()).extracting(Rejection::code).containsExactly("MEMBER_DISCIPLINED");
    }

    @Test
    @DisplayName("không ai bị kỷ luật: đạt cả TTLĐXS và TTLĐTT; TTLĐXS nêu căn cứ suy luận")
    void noMemberWarnedQualifiesForBoth() {
        var excellent = RuleBook.evaluate(EXCELLENT_COLLECTIVE, 2025, collective(0));

        assertThat(excellent.eligible()).isTrue();
        assertThat(excellent.confirmed()).isFalse();
        assertThat(RuleBook.evaluate(ADVANCED_COLLECTIVE, 2025, collective(0)).eligible())
                .isTrue();
    }
}
