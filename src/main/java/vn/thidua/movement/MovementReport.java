package vn.thidua.movement;

import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.Unit;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.ReportWriter;

/**
 * A movement's review (sơ kết, tổng kết) in Word (to edit) and PDF (to print): what was launched and on what
 * basis, the criteria, who registered and who did not, and the targets with their results.
 */
@Component
public class MovementReport {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final LaunchingMovements movements;
    private final Registering registering;
    private final Targets targets;
    private final UnitDirectory units;

    MovementReport(LaunchingMovements movements, Registering registering, Targets targets, UnitDirectory units) {
        this.movements = movements;
        this.registering = registering;
        this.targets = targets;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public byte[] write(Long movementId, DocumentFormat format, Function<String, String> words) {
        Movement m = movements.visible(movementId);
        List<Registering.UnitLine> lines = registering.overview(movementId);
        List<Targets.Line> goals = targets.of(movementId);
        Map<Long, Unit> names =
                units.byId(goals.stream().map(Targets.Line::unitId).distinct().toList());
        long submitted = lines.stream().filter(Registering.UnitLine::registered).count();
        try (ReportWriter w = format.report("BÁO CÁO SƠ KẾT, TỔNG KẾT PHONG TRÀO THI ĐUA", m.getName())) {
            w.heading("I. PHÁT ĐỘNG")
                    .text("Thời gian: " + m.getPeriodFrom().format(DAY) + " – "
                            + m.getPeriodTo().format(DAY) + "; trạng thái: "
                            + words.apply("movementStatus." + m.getStatus()) + ".");
            if (m.getTheme() != null) {
                w.text("Chủ đề: “" + m.getTheme() + "”.");
            }
            m.documents()
                    .forEach(d -> w.text("– " + (d.docType() == null ? "" : d.docType())
                            + (d.docNumber() == null ? "" : " số " + d.docNumber())
                            + (d.issuedOn() == null
                                    ? ""
                                    : " ngày " + d.issuedOn().format(DAY)) + ": " + d.title()));
            w.heading("II. NỘI DUNG, TIÊU CHÍ")
                    .table(
                            new String[] {"#", "Nội dung, tiêu chí", "Chỉ tiêu", "Cách kiểm tra"},
                            m.criteria().stream()
                                    .map(c ->
                                            new String[] {String.valueOf(c.seq()), c.name(), c.target(), c.howChecked()
                                            })
                                    .toList())
                    .heading("III. ĐĂNG KÝ THI ĐUA")
                    .text(submitted + "/" + lines.size() + " đơn vị tham gia đã gửi đăng ký.")
                    .table(
                            new String[] {
                                "Đơn vị", "Tình trạng đăng ký", "Danh hiệu tập thể đăng ký", "Số cá nhân đăng ký"
                            },
                            lines.stream()
                                    .map(l -> new String[] {
                                        l.unit().getName(),
                                        l.registration() == null
                                                ? "Chưa đăng ký"
                                                : words.apply("registrationStatus."
                                                        + l.registration().getStatus()),
                                        l.registration() == null
                                                        || l.registration().getCollectiveTarget() == null
                                                ? ""
                                                : words.apply("award."
                                                        + l.registration().getCollectiveTarget()),
                                        l.registration() == null
                                                ? ""
                                                : String.valueOf(l.registration()
                                                        .people()
                                                        .size())
                                    })
                                    .toList())
                    .heading("IV. CHỈ TIÊU, CHỈ SỐ")
                    .table(
                            new String[] {"Đơn vị", "Chỉ số", "Năm", "Chỉ tiêu", "Thực hiện", "Kết quả"},
                            goals.stream()
                                    .map(g -> new String[] {
                                        names.get(g.unitId()).getName(),
                                        words.apply("indicator." + g.indicator())
                                                + (g.label() == null ? "" : ": " + g.label()),
                                        String.valueOf(g.year()),
                                        g.target()
                                                .setScale(2, RoundingMode.HALF_UP)
                                                .toPlainString(),
                                        g.actual() == null
                                                ? "—"
                                                : g.actual()
                                                        .setScale(2, RoundingMode.HALF_UP)
                                                        .toPlainString(),
                                        g.actual() == null ? "" : g.met() ? "Đạt" : "Chưa đạt"
                                    })
                                    .toList());
            return w.bytes();
        }
    }
}
