package vn.thidua.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.Award;
import vn.thidua.movement.Movement;
import vn.thidua.movement.MovementDetails;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.Movements;
import vn.thidua.organization.TayNinhStructure;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitKind;
import vn.thidua.organization.Units;

/**
 * Tây Ninh's real movements from the shared data: the 2021–2025 patriotic emulation movement
 * (Chỉ thị 04/CT-UBND), the council's plan under it, the 2021 and 2023 yearly movements (Chỉ thị
 * 01/CT-UBND of each year) with the 2023 theme, and the key movements the 2023 article names, each
 * under the movement that called for it. Their contents are the directives' own words; the way each
 * criterion is checked is the demo's illustration and says so. A 2026 draft of the merged province
 * is marked as illustrative.
 */
@Component
class DemoMovements {

    private static final String ILLUSTRATIVE_CHECK =
            "Đối chiếu báo cáo sơ kết, tổng kết của đơn vị (cách kiểm tra minh họa)";

    private final Movements movements;
    private final Units units;

    private final java.time.Clock clock;

    DemoMovements(Movements movements, Units units, java.time.Clock clock) {
        this.clock = clock;
        this.movements = movements;
        this.units = units;
    }

    void load() {
        Unit oldProvince = units.findByCode(TayNinhStructure.OLD_TAY_NINH).orElseThrow();
        Unit province = units.findByCode(TayNinhStructure.NEW_PROVINCE).orElseThrow();
        Set<UnitKind> everyone = EnumSet.of(
                UnitKind.DEPARTMENT,
                UnitKind.AGENCY,
                UnitKind.DISTRICT,
                UnitKind.COMMUNE,
                UnitKind.WARD,
                UnitKind.TOWNSHIP);

        Movement fiveYear = movement(
                new MovementDetails(
                        "Phong trào thi đua yêu nước trên địa bàn tỉnh Tây Ninh giai đoạn 2021 - 2025",
                        MovementKind.FIVE_YEAR,
                        null,
                        null,
                        LocalDate.of(2021, 1, 11),
                        LocalDate.of(2025, 12, 31),
                        null,
                        null),
                oldProvince,
                null);
        fiveYear.addDocument(
                "Chỉ thị",
                "04/CT-UBND",
                LocalDate.of(2021, 1, 11),
                "Chủ tịch UBND tỉnh Tây Ninh",
                "Phát động phong trào thi đua yêu nước trên địa bàn tỉnh Tây Ninh giai đoạn 2021 - 2025");
        fiveYear.addCriterion(
                "Thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội hằng năm và Kế hoạch 5 năm (2021 - 2025)",
                null,
                ILLUSTRATIVE_CHECK,
                null);
        fiveYear.participants(everyone, Set.of(), null);
        fiveYear = finished(fiveYear, 2021, 2026);

        Movement plan = movement(
                new MovementDetails(
                        "Kế hoạch triển khai, thực hiện Chỉ thị số 04/CT-UBND ngày 11/01/2021 của Chủ tịch UBND tỉnh"
                                + " về việc phát động phong trào thi đua yêu nước trên địa bàn tỉnh Tây Ninh giai đoạn"
                                + " 2021 - 2025",
                        MovementKind.FIVE_YEAR,
                        null,
                        null,
                        LocalDate.of(2021, 12, 21),
                        LocalDate.of(2025, 12, 31),
                        null,
                        "Do Hội đồng Thi đua - Khen thưởng tỉnh ban hành."),
                oldProvince,
                fiveYear.getId());
        plan.addDocument(
                "Kế hoạch",
                null,
                null,
                "Hội đồng Thi đua - Khen thưởng Trung ương",
                "Kế hoạch số 16/KH-HĐTĐKT ngày 31/8/2021 về thực hiện Chỉ thị số 19/CT-TTg ngày 16/7/2021 của Thủ"
                        + " tướng Chính phủ");
        plan.addCriterion(
                "Tạo sự chuyển biến mạnh mẽ trong công tác lãnh đạo, chỉ đạo của các cấp ủy Đảng, chính quyền",
                null,
                ILLUSTRATIVE_CHECK,
                null);
        plan.participants(everyone, Set.of(), null);
        finished(plan, 2021, 2026);

        Movement y2021 = movement(
                new MovementDetails(
                        "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo"
                                + " quốc phòng - an ninh năm 2021",
                        MovementKind.YEARLY,
                        null,
                        null,
                        LocalDate.of(2021, 1, 1),
                        LocalDate.of(2021, 12, 31),
                        null,
                        null),
                oldProvince,
                fiveYear.getId());
        y2021.addDocument(
                "Chỉ thị",
                "01/CT-UBND",
                null,
                "Chủ tịch UBND tỉnh Tây Ninh",
                "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc"
                        + " phòng - an ninh năm 2021");
        y2021.addCriterion(
                "Quán triệt, tuyên truyền, phổ biến và triển khai sâu rộng đường lối, chủ trương của Đảng, chính sách,"
                        + " pháp luật của Nhà nước về thi đua, khen thưởng",
                null,
                ILLUSTRATIVE_CHECK,
                null);
        y2021.participants(everyone, Set.of(), null);
        finished(y2021, 2021, 2022);

        Movement y2023 = movement(
                new MovementDetails(
                        "Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc phòng"
                                + " - an ninh năm 2023",
                        MovementKind.YEARLY,
                        "Chủ động, sáng tạo, bức phá; tăng cường xây dựng Đảng, hệ thống chính trị trong sạch, vững mạnh;"
                                + " thi đua hoàn thành xuất sắc nhiệm vụ được giao",
                        null,
                        LocalDate.of(2023, 1, 3),
                        LocalDate.of(2023, 12, 31),
                        null,
                        null),
                oldProvince,
                fiveYear.getId());
        y2023.addDocument(
                "Chỉ thị",
                "01/CT-UBND",
                LocalDate.of(2023, 1, 3),
                "Chủ tịch UBND tỉnh Tây Ninh",
                "Phát động phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội, đảm bảo quốc"
                        + " phòng - an ninh năm 2023");
        y2023.addDocument(
                "Nghị quyết",
                "68/NQ-HĐND",
                LocalDate.of(2022, 12, 9),
                "HĐND tỉnh Tây Ninh",
                "Kế hoạch phát triển kinh tế - xã hội năm 2023");
        y2023.addCriterion(
                "Hoàn thành, hoàn thành vượt mức các chỉ tiêu chủ yếu năm 2023 theo Nghị quyết số 06-NQ/TU và Nghị quyết"
                        + " số 68/NQ-HĐND",
                "100% chỉ tiêu được giao",
                "Đối chiếu kết quả thực hiện từng chỉ tiêu với Nghị quyết 68/NQ-HĐND (cách kiểm tra minh họa)",
                "Báo cáo tình hình kinh tế - xã hội năm 2023 của đơn vị");
        y2023.addCriterion(
                "Cải thiện, nâng cao các chỉ số PCI, ICT, SIPAS, PAPI, PAR Index theo Đề án giai đoạn 2020 - 2025",
                "Tăng hạng so với năm 2022",
                "Đối chiếu kết quả công bố các chỉ số năm 2023 với năm 2022 (cách kiểm tra minh họa)",
                "Kết quả công bố chỉ số của cơ quan có thẩm quyền");
        y2023.addCriterion(
                "Duy trì, đổi mới hoạt động Khối Thi đua; xây dựng tiêu chí chấm điểm cụ thể, gắn với nhiệm vụ chính trị",
                null,
                ILLUSTRATIVE_CHECK,
                "Biên bản chấm điểm, suy tôn của Khối");
        y2023.offer(Award.PROVINCIAL_EMULATION_FLAG, null);
        y2023.offer(Award.PROVINCIAL_CERTIFICATE_OF_MERIT, null);
        y2023.participants(everyone, Set.of(), null);
        y2023 = finished(y2023, 2023, 2024);

        for (Key key : KEY_MOVEMENTS_2023) {
            Movement m = movement(
                    new MovementDetails(
                            key.name(),
                            key.kind(),
                            null,
                            null,
                            LocalDate.of(2023, 1, 3),
                            LocalDate.of(2023, 12, 31),
                            null,
                            "Phong trào thi đua trọng tâm năm 2023 (Chỉ thị 01/CT-UBND ngày 03/01/2023)."),
                    oldProvince,
                    y2023.getId());
            m.addCriterion(key.name(), null, ILLUSTRATIVE_CHECK, null);
            m.participants(everyone, Set.of(), null);
            finished(m, 2023, 2024);
        }

        Movement draft2026 = movement(
                new MovementDetails(
                        "Phong trào thi đua thực hiện thắng lợi nhiệm vụ phát triển kinh tế - xã hội năm 2026 (dự thảo minh họa)",
                        MovementKind.YEARLY,
                        null,
                        null,
                        LocalDate.of(2026, 1, 5),
                        LocalDate.of(2026, 12, 31),
                        LocalDate.of(2026, 3, 31),
                        "Dữ liệu minh họa cho tỉnh Tây Ninh sau sáp nhập; không phải văn bản thật."),
                province,
                null);
        movements.save(draft2026);
    }

    /** A key movement the 2023 article names, and its kind. */
    private record Key(String name, MovementKind kind) {}

    private static final List<Key> KEY_MOVEMENTS_2023 = List.of(
            new Key(
                    "Phong trào thi đua đặc biệt “Tây Ninh đoàn kết, chung sức, đồng lòng thi đua phòng, chống và chiến"
                            + " thắng dịch Covid-19”",
                    MovementKind.SPECIAL_CAMPAIGN),
            new Key("Phong trào thi đua “Tây Ninh chung sức xây dựng nông thôn mới”", MovementKind.THEMATIC),
            new Key(
                    "Phong trào thi đua “Tây Ninh chung tay vì người nghèo - Không để ai bị bỏ lại phía sau”",
                    MovementKind.THEMATIC),
            new Key("Phong trào thi đua “Doanh nghiệp Tây Ninh hội nhập và phát triển”", MovementKind.THEMATIC),
            new Key(
                    "Phong trào thi đua “Cán bộ, công chức, viên chức Tây Ninh thi đua thực hiện văn hóa công sở”",
                    MovementKind.THEMATIC),
            new Key(
                    "Phong trào thi đua “Tây Ninh đẩy mạnh phát triển kết cấu hạ tầng đồng bộ, hiện đại và thực hành"
                            + " tiết kiệm, chống lãng phí”",
                    MovementKind.THEMATIC),
            new Key("Phong trào “Thi đua xây dựng Chính quyền điện tử”", MovementKind.THEMATIC),
            new Key("Phong trào “Thi đua cải cách hành chính và kiểm soát thủ tục hành chính”", MovementKind.THEMATIC),
            new Key("Phong trào “Dân vận khéo”", MovementKind.THEMATIC));

    private Movement movement(MovementDetails details, Unit unit, Long parentId) {
        return new Movement(details, unit.getId(), parentId);
    }

    /**
     * Proposed by the Ban TĐKT and approved by the Chairman in {@code launched}, run, reviewed and
     * closed in {@code closed}.
     */
    private Movement finished(Movement m, int launched, int closed) {
        Instant start =
                LocalDate.of(launched, 1, 5).atStartOfDay(clock.getZone()).toInstant();
        Instant end = LocalDate.of(closed, 1, 20).atStartOfDay(clock.getZone()).toInstant();
        m.propose("bantdkt", start);
        m.launch("chutich", start);
        m.start("bantdkt", start);
        m.review("bantdkt", end);
        m.close("bantdkt", end);
        return movements.save(m);
    }
}
