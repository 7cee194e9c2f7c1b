package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.RuleBook;
import vn.thidua.eligibility.RulesInForce;

@DisplayName("Bằng khen cấp tỉnh cho một thành tích, trước 2024 — khoản 1 Điều 39 Nghị định 91/2017/NĐ-CP (suy luận)")
class ProvincialMeritCertificateForAnAchievementBefore2024Tests {

    @Test
    @DisplayName("thành tích đột xuất năm 2022: xét theo NĐ 91, không cần chuỗi năm, căn cứ nêu là suy luận")
    void aSuddenAchievementIn2022IsJudgedByTheOldDecree() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2022,
                Basis.EXTRAORDINARY,
                anIndividual().build());

        assertThat(verdict.eligible()).isTrue();
        assertThat(verdict.rulesInForce()).isEqualTo(RulesInForce.LAW_2003_ND91);
        assertThat(verdict.confirmed()).isFalse();
    }

    @Test
    @DisplayName("đang bị kỷ luật trong năm 2022 thì không xét, kể cả thành tích theo chuyên đề")
    void disciplineStillRefuses() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2022,
                                Basis.THEMATIC,
                                anIndividual()
                                        .disciplined(LocalDate.of(2022, 5, 1), LocalDate.of(2022, 11, 1))
                                        .build())
                        .eligible())
                .isFalse();
    }
}
