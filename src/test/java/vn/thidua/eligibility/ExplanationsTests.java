package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FIGHTER;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;

class ExplanationsTests {

    private final ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    private final Locale vi = Locale.forLanguageTag("vi");

    ExplanationsTests() {
        messages.setBasename("messages");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
    }

    @Test
    void explainsAMissingYearOfTheChainWithItsArticle() {
        Verdict verdict = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FIGHTER,
                2024,
                anIndividual()
                        .holding(2022, GRASSROOTS_EMULATION_FIGHTER)
                        .holding(2024, GRASSROOTS_EMULATION_FIGHTER)
                        .withInitiative(2024, InitiativeScope.PROVINCIAL)
                        .build());

        assertThat(Explanations.explain(verdict.reasons().get(0), messages, vi))
                .isEqualTo("Chưa đủ điều kiện: còn thiếu Chiến sĩ thi đua cơ sở năm 2023 (cần 3 năm liên tục) "
                        + "(Điều 22 Luật Thi đua, khen thưởng 2022)");
    }

    @Test
    void namesRatingsInWordsAndListsWhatWasAssumed() {
        Verdict verdict = RuleBook.evaluate(
                GRASSROOTS_EMULATION_FIGHTER,
                2024,
                anIndividual().rated(2024, Rating.COMPLETED).build());

        assertThat(Explanations.explain(verdict.reasons().get(0), messages, vi))
                .isEqualTo(
                        "Chưa đủ điều kiện: chưa đạt danh hiệu Lao động tiên tiến năm 2024 (Điều 23 Luật Thi đua, khen thưởng 2022)");
        assertThat(Explanations.assumptions(verdict, messages, vi))
                .contains("không đang bị điều tra, thanh tra, kiểm tra, khiếu nại, tố cáo chưa giải quyết");
    }
}
