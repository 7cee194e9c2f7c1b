package vn.thidua.exemplary;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organization.Unit;
import vn.thidua.organization.Units;
import vn.thidua.shared.VietnameseText;

/**
 * Demo data of the register: three illustrative examples of Tây Ninh units (marked illustrative:
 * the people and deeds are invented) at different stages, and two honouring events.
 */
@Component
@Order(40)
class ExemplarySeed implements ApplicationRunner {

    private final JdbcClient jdbc;
    private final Units units;
    private final TransactionTemplate tx;
    private final boolean demo;

    ExemplarySeed(
            JdbcClient jdbc, Units units, TransactionTemplate tx, @Value("${thidua.demo.enabled:false}") boolean demo) {
        this.jdbc = jdbc;
        this.units = units;
        this.tx = tx;
        this.demo = demo;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demo
                || jdbc.sql("select count(*) from exemplary_example")
                                .query(Integer.class)
                                .single()
                        > 0) {
            return;
        }
        Optional<Unit> education = current("Sở Giáo dục và Đào tạo");
        Optional<Unit> farming = current("Sở Nông nghiệp và Môi trường");
        if (education.isEmpty() || farming.isEmpty()) {
            return;
        }
        tx.executeWithoutResult(status -> {
            long teacher = example(
                    ExampleKind.PERSON,
                    "Nguyễn Thị Thu Hằng",
                    education.get().getId(),
                    "Giáo dục và đào tạo",
                    "Giáo viên dạy giỏi cấp tỉnh nhiều năm liền; xây dựng mô hình \"Lớp học hạnh phúc\", hướng dẫn"
                            + " học sinh đạt giải Nhất cuộc thi khoa học kỹ thuật cấp tỉnh năm học 2023 - 2024.",
                    "Công đoàn ngành Giáo dục",
                    LocalDate.of(2023, 5, 15),
                    Stage.REPLICATED,
                    true);
            long model = example(
                    ExampleKind.MODEL,
                    "Mô hình \"Tuyến đường hoa, cây xanh nông thôn mới\"",
                    farming.get().getId(),
                    "Xây dựng nông thôn mới",
                    "Mô hình do nhân dân tự góp công, góp đất trồng hoa và cây xanh dọc đường liên ấp; được nhân rộng"
                            + " ra nhiều ấp trong xã.",
                    "Văn phòng Điều phối nông thôn mới tỉnh",
                    LocalDate.of(2024, 3, 20),
                    Stage.NURTURED,
                    true);
            example(
                    ExampleKind.COLLECTIVE,
                    "Tổ Toán - Tin, Trường THPT chuyên Hoàng Lê Kha",
                    education.get().getId(),
                    "Giáo dục và đào tạo",
                    "Tập thể bồi dưỡng học sinh giỏi quốc gia môn Tin học, nhiều em đạt giải.",
                    "Phòng Giáo dục trung học",
                    LocalDate.of(2025, 10, 2),
                    Stage.DISCOVERED,
                    false);
            long anniversary = event(
                    EventKind.ANNIVERSARY,
                    "Lễ kỷ niệm 77 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc",
                    LocalDate.of(2025, 6, 11));
            event(
                    EventKind.CONGRESS,
                    "Đại hội Thi đua yêu nước tỉnh Tây Ninh lần thứ I, giai đoạn 2025 - 2030",
                    LocalDate.of(2025, 10, 24));
            jdbc.sql("insert into exemplary_honoured (event_id, example_id, citation, honoured_by)"
                            + " values (:e, :x, :c, 'demo')")
                    .param("e", anniversary)
                    .param("x", teacher)
                    .param("c", "Gương điển hình tiên tiến ngành Giáo dục (minh họa)")
                    .update();
            jdbc.sql("update exemplary_example set stage = 'HONOURED' where id = :id")
                    .param("id", teacher)
                    .update();
            stage(teacher, Stage.REPLICATED, Stage.HONOURED, LocalDate.of(2025, 6, 11), "Lễ kỷ niệm 77 năm");
            stage(model, Stage.DISCOVERED, Stage.NURTURED, LocalDate.of(2024, 6, 1), null);
        });
    }

    private long example(
            ExampleKind kind,
            String name,
            long unit,
            String field,
            String deed,
            String foundBy,
            LocalDate foundOn,
            Stage stage,
            boolean verifiedAndConsented) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                insert into exemplary_example (kind, name, name_folded, unit_id, field, deed, found_by, found_on, recorded_by,
                  verified_by, verified_on, stage, consent, consent_on, consent_note, illustrative)
                values (:kind, :name, :folded, :unit, :field, :deed, :foundBy, :foundOn, 'donvi', :verifiedBy, :verifiedOn,
                  :stage, :consent, :consentOn, :consentNote, true)""")
                .param("kind", kind.name())
                .param("name", name)
                .param("folded", VietnameseText.fold(name))
                .param("unit", unit)
                .param("field", field)
                .param("deed", deed)
                .param("foundBy", foundBy)
                .param("foundOn", foundOn)
                .param("verifiedBy", verifiedAndConsented ? "bantdkt" : null)
                .param("verifiedOn", verifiedAndConsented ? foundOn.plusMonths(1) : null)
                .param("stage", Stage.DISCOVERED.name())
                .param("consent", verifiedAndConsented)
                .param("consentOn", verifiedAndConsented ? foundOn.plusMonths(1) : null)
                .param("consentNote", verifiedAndConsented ? "Đồng ý bằng văn bản (minh họa)" : null)
                .update(keys, "id");
        long id = keys.getKeyAs(Number.class).longValue();
        stage(id, null, Stage.DISCOVERED, foundOn, "Ghi nhận phát hiện");
        if (stage.ordinal() >= Stage.NURTURED.ordinal() && stage != Stage.NURTURED) {
            stage(id, Stage.DISCOVERED, Stage.NURTURED, foundOn.plusMonths(2), null);
        }
        if (stage.ordinal() >= Stage.REPLICATED.ordinal()) {
            stage(
                    id,
                    Stage.NURTURED,
                    Stage.REPLICATED,
                    foundOn.plusMonths(8),
                    "Nhân rộng tại các trường THPT trong tỉnh");
        }
        jdbc.sql("update exemplary_example set stage = :s where id = :id")
                .param("s", stage.name())
                .param("id", id)
                .update();
        return id;
    }

    private void stage(long id, Stage from, Stage to, LocalDate on, String note) {
        jdbc.sql("insert into exemplary_stage_change (example_id, from_stage, to_stage, changed_on, changed_by, note)"
                        + " values (:id, :from, :to, :on, 'demo', :note)")
                .param("id", id)
                .param("from", from == null ? null : from.name())
                .param("to", to.name())
                .param("on", on)
                .param("note", note)
                .update();
    }

    private long event(EventKind kind, String title, LocalDate on) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("insert into exemplary_event (kind, title, held_on, place) values (:k, :t, :on, :p)")
                .param("k", kind.name())
                .param("t", title)
                .param("on", on)
                .param("p", "Tây Ninh (ngày giờ minh họa)")
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private Optional<Unit> current(String name) {
        return units.findAll().stream()
                .filter(u -> u.getName().equals(name) && u.getValidTo() == null)
                .findFirst();
    }
}
