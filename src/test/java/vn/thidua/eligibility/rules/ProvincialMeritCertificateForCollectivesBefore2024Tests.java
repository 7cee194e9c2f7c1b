package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Rating.EXCELLENT;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.eligibility.Rejection;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Bằng khen của Chủ tịch UBND tỉnh, tập thể, trước 2024 — Điều 39 Nghị định 91/2017/NĐ-CP ([I])")
class ProvincialMeritCertificateForCollectivesBefore2024Tests {

    @Test
    @DisplayName("2 năm liên tục hoàn thành xuất sắc nhiệm vụ 2022–2023")
    void twoExcellentYearsQualify() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2023,
                                aCollective().rated(2022, 2023, EXCELLENT).build())
                        .eligible())
                .isTrue();
    }

    @Test
    @DisplayName("thiếu xếp loại năm 2022 thì chưa đủ")
    void missingYearFails() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2023,
                                aCollective().rated(2023, EXCELLENT).build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("RATING_MISSING");
    }
}
