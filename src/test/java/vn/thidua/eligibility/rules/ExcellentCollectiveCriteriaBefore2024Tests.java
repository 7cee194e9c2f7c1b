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
            "ngày luật mới có hiệu lực: cùng số liệu, năm 2024 xét theo Điều 27 Luật 2022 (không có điều kiện kỷ luật thành viên)")
    void newLawFromTheFirstOf2024() {
        var collective = aCollective()
                .rated(2024, EXCELLENT)
                .withMembers(2024, 20)
                .advanced(16)
                .fighters(2)
                .disciplinedAtWarning(1)
                .build();

        assertThat(RuleBook.evaluate(EXCELLENT_COLLECTIVE, 2024, collective).eligible())
                .isTrue();
    }
}
