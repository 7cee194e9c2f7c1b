package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.achievement.Award;
import vn.thidua.eligibility.Candidate.Kind;
import vn.thidua.shared.LegalReference.Certainty;

@DisplayName(
        "Tiền thưởng — hệ số × mức lương cơ sở tại ngày quyết định, làm tròn lên hàng chục nghìn (docs/legal-reference.md R20)")
class AwardMoneyTests {

    private final AwardMoney money = new AwardMoney(
            List.of(
                    new AwardMoney.BaseSalary(LocalDate.of(2023, 7, 1), 1_800_000, Certainty.CONFIRMED),
                    new AwardMoney.BaseSalary(LocalDate.of(2024, 7, 1), 2_340_000, Certainty.CONFIRMED),
                    new AwardMoney.BaseSalary(LocalDate.of(2026, 7, 1), 2_530_000, Certainty.UNCONFIRMED)),
            Map.of());

    @Test
    @DisplayName(
            "ví dụ docs/legal-reference.md: Bằng khen tỉnh cá nhân quyết định năm 2025 (NĐ 152): 1,5 × 2.340.000 = 3.510.000 đ")
    void provincialMeritUnderDecree152() {
        var amount = money.amount(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, Kind.INDIVIDUAL, LocalDate.of(2025, 9, 2))
                .orElseThrow();

        assertThat(amount.dong()).isEqualTo(3_510_000);
        assertThat(amount.certain()).isTrue();
    }

    @Test
    @DisplayName(
            "ví dụ docs/legal-reference.md: cùng Bằng khen quyết định năm 2023 (NĐ 91): 1,0 × 1.800.000 = 1.800.000 đ")
    void provincialMeritUnderDecree91() {
        assertThat(money.amount(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, Kind.INDIVIDUAL, LocalDate.of(2023, 11, 20))
                        .orElseThrow()
                        .dong())
                .isEqualTo(1_800_000);
    }

    @Test
    @DisplayName("làm tròn lên: Lao động tiên tiến 0,3 × 2.340.000 = 702.000 → 710.000 đ")
    void roundsUpToTheNextTenThousand() {
        assertThat(money.amount(Award.ADVANCED_WORKER, Kind.INDIVIDUAL, LocalDate.of(2025, 1, 15))
                        .orElseThrow()
                        .dong())
                .isEqualTo(710_000);
    }

    @Test
    @DisplayName("tập thể nhận gấp đôi cá nhân đối với Bằng khen; Cờ thi đua của UBND tỉnh 8,0")
    void collectivesAndFlags() {
        LocalDate day = LocalDate.of(2025, 12, 1);

        assertThat(money.amount(Award.PRIME_MINISTER_CERTIFICATE_OF_MERIT, Kind.COLLECTIVE, day)
                        .orElseThrow()
                        .dong())
                .isEqualTo(16_380_000);
        assertThat(money.amount(Award.PROVINCIAL_EMULATION_FLAG, Kind.COLLECTIVE, day)
                        .orElseThrow()
                        .dong())
                .isEqualTo(18_720_000);
    }

    @Test
    @DisplayName(
            "mức lương cơ sở chưa xác nhận (từ 01/7/2026) và hệ số chưa xác nhận (BK tỉnh theo NĐ 98) được đánh dấu")
    void unconfirmedFiguresAreMarked() {
        assertThat(money.amount(Award.GRASSROOTS_EMULATION_FIGHTER, Kind.INDIVIDUAL, LocalDate.of(2026, 8, 1))
                        .orElseThrow()
                        .certain())
                .isFalse();
        assertThat(money.amount(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, Kind.INDIVIDUAL, LocalDate.of(2024, 9, 1))
                        .orElseThrow()
                        .certain())
                .isFalse();
    }

    @Test
    @DisplayName("tỉnh cấu hình hệ số còn bỏ ngỏ: BK tỉnh theo NĐ 98 = 1,5")
    void theProvinceSettlesAnOpenMultiple() {
        var configured = new AwardMoney(
                money.baseSalaries(),
                Map.of("PROVINCIAL_CERTIFICATE_OF_MERIT.LAW_2022_ND98.INDIVIDUAL", new BigDecimal("1.5")));

        var amount = configured
                .amount(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, Kind.INDIVIDUAL, LocalDate.of(2024, 9, 1))
                .orElseThrow();

        assertThat(amount.dong()).isEqualTo(3_510_000);
        assertThat(amount.certain()).isTrue();
    }

    @Test
    @DisplayName("không có mức lương cơ sở cho ngày trước bảng: không tính, không đoán")
    void noBaseSalaryNoAmount() {
        assertThat(money.amount(Award.ADVANCED_WORKER, Kind.INDIVIDUAL, LocalDate.of(2020, 1, 1)))
                .isEmpty();
    }
}
