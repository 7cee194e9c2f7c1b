package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.thidua.achievement.Award.ADVANCED_COLLECTIVE;
import static vn.thidua.achievement.Award.ADVANCED_WORKER;
import static vn.thidua.achievement.Award.EXCELLENT_COLLECTIVE;
import static vn.thidua.achievement.Award.GOVERNMENT_EMULATION_FLAG;
import static vn.thidua.achievement.Award.GRASSROOTS_EMULATION_FIGHTER;
import static vn.thidua.achievement.Award.PROVINCIAL_CERTIFICATE_OF_MERIT;
import static vn.thidua.achievement.Award.PROVINCIAL_EMULATION_FLAG;
import static vn.thidua.eligibility.CandidateBuilder.aCollective;
import static vn.thidua.eligibility.CandidateBuilder.anIndividual;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.thidua.achievement.Award;
import vn.thidua.achievement.InitiativeScope;
import vn.thidua.achievement.Rating;

/**
 * Issue 17, second pass: the classes of error, checked over many histories rather than one
 * example — a higher title never easier than the lower, an assumption never against the record, the
 * R12 run, and the uncertainty notes in both languages.
 */
@DisplayName("Luật, lần rà soát thứ hai (issue 17)")
class LawSecondPassTests {

    /** Every collective history in a grid: ratings, LĐTT shares, CSTĐCS, warnings, block ranks; 2022–2026. */
    private static List<Candidate> collectives(int year) {
        List<Candidate> all = new ArrayList<>();
        for (Rating rating : Rating.values()) {
            for (int advanced : new int[] {8, 10, 11, 14, 20}) {
                for (int fighters : new int[] {0, 1}) {
                    for (int warned : new int[] {0, 1}) {
                        for (int completing : new int[] {19, 20}) {
                            for (int rank : new int[] {1, 2}) {
                                all.add(aCollective()
                                        .rated(year, rating)
                                        .rankedInBlock(year, rank)
                                        .withMembers(year, 20)
                                        .completing(completing)
                                        .advanced(advanced)
                                        .fighters(fighters)
                                        .disciplinedAtWarning(warned)
                                        .build());
                            }
                        }
                    }
                }
            }
        }
        return all;
    }

    @Test
    @DisplayName("mọi năm 2022–2026: tập thể đủ điều kiện TTLĐXS thì cũng đủ điều kiện TTLĐTT")
    void aCollectiveEligibleForTheExcellentTitleIsEligibleForTheAdvancedOne() {
        int checked = 0;
        for (int year = 2022; year <= 2026; year++) {
            for (Candidate c : collectives(year)) {
                if (RuleBook.evaluate(EXCELLENT_COLLECTIVE, year, c).eligible()) {
                    checked++;
                    assertThat(RuleBook.evaluate(ADVANCED_COLLECTIVE, year, c).eligible())
                            .as("TTLĐXS but not TTLĐTT in %d: %s", year, c)
                            .isTrue();
                }
            }
        }
        assertThat(checked)
                .as("some collectives qualify, or the check proves nothing")
                .isGreaterThan(10);
    }

    @Test
    @DisplayName(
            "mọi năm 2022–2026: Cờ thi đua (tỉnh, Chính phủ) không bao giờ đủ điều kiện khi hồ sơ ghi tập thể dưới mức"
                    + " hoàn thành xuất sắc")
    void noFlagIsGivenAgainstTheRecordedRating() {
        int eligible = 0;
        for (int year = 2022; year <= 2026; year++) {
            for (Candidate c : collectives(year)) {
                for (Award flag : List.of(PROVINCIAL_EMULATION_FLAG, GOVERNMENT_EMULATION_FLAG)) {
                    if (RuleBook.evaluate(flag, year, c).eligible()) {
                        eligible++;
                        assertThat(c.ratingIn(year)).contains(Rating.EXCELLENT);
                    }
                }
            }
        }
        assertThat(eligible).isGreaterThan(0);
    }

    @Test
    @DisplayName("mọi danh hiệu, mọi thời kỳ: đã có danh hiệu cho năm xét thì không đủ điều kiện xét lại")
    void noTitleIsEligibleTwiceForOneYear() {
        for (int year : new int[] {2021, 2023, 2024, 2025}) {
            for (Award title : List.of(ADVANCED_WORKER, GRASSROOTS_EMULATION_FIGHTER)) {
                Candidate c = anIndividual()
                        .rated(year, Rating.EXCELLENT)
                        .holding(year, ADVANCED_WORKER)
                        .holding(year, title)
                        .withInitiative(year, InitiativeScope.GRASSROOTS)
                        .build();
                assertThat(RuleBook.evaluate(title, year, c).reasons())
                        .extracting(Rejection::code)
                        .as("%s %d", title, year)
                        .contains("ALREADY_HELD");
            }
        }
    }

    @Test
    @DisplayName(
            "R12: tập thể xuất sắc 2021–2025, Bằng khen tỉnh cho năm 2023 → 2024 và 2025 là 02 năm mới, đủ điều kiện"
                    + " năm 2025; năm 2024 thì không (2023 đã tính)")
    void theCollectiveCertificateReadsTheWholeRunAfterTheLastOne() {
        CandidateBuilder school = aCollective()
                .rated(2021, 2025, Rating.EXCELLENT)
                .received(LocalDate.of(2023, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT);

        assertThat(RuleBook.evaluate(PROVINCIAL_CERTIFICATE_OF_MERIT, 2025, school.build())
                        .eligible())
                .isTrue();
        assertThat(RuleBook.evaluate(PROVINCIAL_CERTIFICATE_OF_MERIT, 2024, school.build())
                        .reasons())
                .extracting(Rejection::code)
                .containsExactly("YEARS_ALREADY_COUNTED");
    }

    @Test
    @DisplayName("R12: xuất sắc 2024 (2023 chưa tính) và 2025 → đủ; 2024 chỉ hoàn thành tốt → thiếu năm 2024")
    void theCollectiveCertificateNeedsTwoConsecutiveExcellentYears() {
        assertThat(RuleBook.evaluate(
                                PROVINCIAL_CERTIFICATE_OF_MERIT,
                                2025,
                                aCollective()
                                        .rated(2024, 2025, Rating.EXCELLENT)
                                        .build())
                        .eligible())
                .isTrue();
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                aCollective()
                        .rated(2024, Rating.GOOD)
                        .rated(2025, Rating.EXCELLENT)
                        .build());
        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("RATING_TOO_LOW");
        assertThat(verdict.reasons().get(0).args()).startsWith(2024);
    }

    @Test
    @DisplayName("R12: năm 2024 đã tính cho Bằng khen tỉnh năm 2024 thì năm 2025 chưa có 02 năm mới")
    void yearsCountedForAnEarlierCollectiveCertificateAreNotCountedAgain() {
        var verdict = RuleBook.evaluate(
                PROVINCIAL_CERTIFICATE_OF_MERIT,
                2025,
                aCollective()
                        .rated(2023, 2025, Rating.EXCELLENT)
                        .received(LocalDate.of(2024, 12, 20), PROVINCIAL_CERTIFICATE_OF_MERIT)
                        .build());

        assertThat(verdict.reasons()).extracting(Rejection::code).containsExactly("YEARS_ALREADY_COUNTED");
    }

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasename("messages");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    @DisplayName(
            "căn cứ chưa xác nhận, chỉ tiêu Cờ cố định, Luật sửa đổi 2026: nêu bằng tiếng Anh cho người đọc tiếng Anh")
    void theUncertaintyNotesAreWrittenInEnglishToo() {
        Verdict flag = RuleBook.evaluate(
                PROVINCIAL_EMULATION_FLAG,
                2026,
                aCollective()
                        .rated(2026, Rating.EXCELLENT)
                        .rankedInBlock(2026, 1)
                        .build());

        List<String> english = Explanations.unconfirmed(flag, messages(), Locale.ENGLISH);
        List<String> vietnamese = Explanations.unconfirmed(flag, messages(), Locale.forLanguageTag("vi"));

        assertThat(english).hasSize(flag.unconfirmed().size());
        assertThat(english).anyMatch(n -> n.endsWith("(basis not confirmed)") && n.contains("Điều 26"));
        assertThat(english).anyMatch(n -> n.startsWith("The provincial flag quota"));
        assertThat(english).anyMatch(n -> n.startsWith("Achievements from 2026"));
        assertThat(english).noneMatch(n -> n.contains("chưa được xác nhận"));
        assertThat(vietnamese).containsExactlyElementsOf(flag.unconfirmed());
    }
}
