package vn.thidua.eligibility.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.CERTIFICATE_OF_COMMENDATION;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Basis;
import vn.thidua.eligibility.RuleBook;

@DisplayName("Giấy khen cho một thành tích, trước 2024 — Điều 75 Luật TĐKT 2003 (suy luận)")
class CertificateOfCommendationForAnAchievementBefore2024Tests {

    @Test
    @DisplayName(
            "thành tích đột xuất năm 2021 → Giấy khen xét được; danh hiệu CSTĐCS theo đột xuất năm 2021 vẫn chưa mã hóa")
    void aSuddenAchievementIn2021MayEarnACertificateButNotATitle() {
        assertThat(RuleBook.evaluate(
                                CERTIFICATE_OF_COMMENDATION,
                                2021,
                                Basis.EXTRAORDINARY,
                                anIndividual().build())
                        .eligible())
                .isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> RuleBook.evaluate(
                        GRASSROOTS_EMULATION_FIGHTER,
                        2021,
                        Basis.EXTRAORDINARY,
                        anIndividual().build()))
                .isInstanceOf(RuleBook.NotEncoded.class);
    }
}
