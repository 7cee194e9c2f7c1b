package vn.thidua.legacy;

import java.time.LocalDate;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Demo entries of the legacy registers: invented people, marked illustrative. */
@Component
@Order(41)
class LegacySeed implements ApplicationRunner {

    private final LegacyRegisters registers;
    private final TransactionTemplate tx;
    private final boolean demo;

    LegacySeed(LegacyRegisters registers, TransactionTemplate tx, @Value("${thidua.demo.enabled:false}") boolean demo) {
        this.registers = registers;
        this.tx = tx;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo || registers.count() > 0) {
            return;
        }
        var R = LegacyKinds.Register.RESISTANCE;
        var K = LegacyKinds.Register.COMMEMORATIVE;
        var P = LegacyKinds.Register.FORMER_PROVINCE;
        var I = LegacyKinds.Recipient.INDIVIDUAL;
        List<LegacyAward> awards = List.of(
                award(
                        R,
                        I,
                        "Trần Văn Sáu",
                        1938,
                        "Phường Hòa Thành, tỉnh Tây Ninh",
                        "Huân chương Kháng chiến hạng Nhất",
                        LegacyKinds.War.ANTI_US,
                        null,
                        "226/KT-HĐNN",
                        LocalDate.of(1986, 5, 12),
                        "Hội đồng Nhà nước"),
                award(
                        R,
                        I,
                        "Trần Văn Sáu",
                        1938,
                        "Phường Hòa Thành, tỉnh Tây Ninh",
                        "Huy chương Kháng chiến hạng Nhì",
                        LegacyKinds.War.ANTI_FRENCH,
                        null,
                        "58/KT-HĐNN",
                        LocalDate.of(1982, 9, 2),
                        "Hội đồng Nhà nước"),
                award(
                        R,
                        LegacyKinds.Recipient.FAMILY,
                        "Gia đình ông Lê Văn Tám",
                        null,
                        "Xã Trảng Bàng, tỉnh Tây Ninh",
                        "Huân chương Kháng chiến hạng Ba",
                        LegacyKinds.War.ANTI_US,
                        null,
                        "412/KT-HĐNN",
                        LocalDate.of(1988, 4, 25),
                        "Hội đồng Nhà nước"),
                award(
                        K,
                        I,
                        "Phạm Thị Lan",
                        1968,
                        "Phường Tân Ninh, tỉnh Tây Ninh",
                        "Kỷ niệm chương Vì sự nghiệp Thi đua, Khen thưởng",
                        null,
                        null,
                        "1125/QĐ-BNV",
                        LocalDate.of(2020, 12, 18),
                        "Bộ trưởng Bộ Nội vụ"),
                award(
                        P,
                        I,
                        "Võ Minh Trí",
                        1979,
                        "Xã Gò Dầu, tỉnh Tây Ninh",
                        "Bằng khen của Chủ tịch UBND tỉnh Tây Ninh",
                        null,
                        LegacyKinds.FormerProvince.TAY_NINH,
                        "3120/QĐ-UBND",
                        LocalDate.of(2023, 12, 20),
                        "Chủ tịch UBND tỉnh Tây Ninh"),
                award(
                        P,
                        I,
                        "Nguyễn Hoàng Phúc",
                        1985,
                        "Phường Long An, tỉnh Tây Ninh",
                        "Bằng khen của Chủ tịch UBND tỉnh Long An",
                        null,
                        LegacyKinds.FormerProvince.LONG_AN,
                        "1876/QĐ-UBND",
                        LocalDate.of(2024, 6, 7),
                        "Chủ tịch UBND tỉnh Long An"),
                award(
                        P,
                        I,
                        "Phạm Thị Lan",
                        1968,
                        "Phường Tân Ninh, tỉnh Tây Ninh",
                        "Chiến sĩ thi đua cấp tỉnh (Tây Ninh cũ)",
                        null,
                        LegacyKinds.FormerProvince.TAY_NINH,
                        "2950/QĐ-UBND",
                        LocalDate.of(2019, 12, 12),
                        "Chủ tịch UBND tỉnh Tây Ninh"));
        tx.executeWithoutResult(status -> registers.write(
                awards.stream()
                        .map(a -> new LegacyRegisters.Entry(a, a.fullName()))
                        .toList(),
                "dữ liệu mẫu (minh họa)",
                true));
    }

    private static LegacyAward award(
            LegacyKinds.Register register,
            LegacyKinds.Recipient recipient,
            String name,
            Integer birthYear,
            String hometown,
            String form,
            LegacyKinds.War war,
            LegacyKinds.FormerProvince province,
            String decision,
            LocalDate on,
            String issuer) {
        return new LegacyAward(
                null,
                register,
                recipient,
                name,
                birthYear,
                null,
                hometown,
                form,
                war,
                province,
                decision,
                on,
                issuer,
                "Dữ liệu minh họa",
                true);
    }
}
