package vn.thidua.council;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.commendation.Dossiers;
import vn.thidua.commendation.Nominee;
import vn.thidua.organization.UnitDirectory;
import vn.thidua.shared.DocumentFormat;
import vn.thidua.shared.ReportWriter;

/**
 * Biên bản họp Hội đồng (docs/legal-reference.md §3.8): time and place, members present out of the whole council,
 * those absent, recusals with their reasons, and per nominee the ballot result as votes for / whole
 * membership / percentage against the threshold, with the conclusion. Minutes exist only once the
 * ballot is closed: before that there is no count to write, and the session answers "not found".
 */
@Component
public class CouncilMinutes {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Councils councils;
    private final Dossiers dossiers;
    private final UnitDirectory units;

    CouncilMinutes(Councils councils, Dossiers dossiers, UnitDirectory units) {
        this.councils = councils;
        this.dossiers = dossiers;
        this.units = units;
    }

    @Transactional(readOnly = true)
    public byte[] write(Long sessionId, DocumentFormat format, Function<String, String> words) {
        Councils.Session s = councils.session(sessionId);
        if (s.status() != Councils.SessionStatus.CLOSED) {
            throw new CouncilNotFound(sessionId);
        }
        Councils.Council c = councils.council(s.councilId());
        List<Councils.Member> members = councils.roll(sessionId);
        Map<Long, Councils.Member> byId = members.stream().collect(Collectors.toMap(Councils.Member::id, m -> m));
        Set<Long> present = councils.present(sessionId);
        Map<Long, Nominee> nominees = new java.util.HashMap<>();
        for (Long dossierId : councils.agenda(sessionId)) {
            dossiers.nominees(dossierId).forEach(n -> nominees.put(n.id(), n));
        }
        Map<Long, String> unitNames = new java.util.HashMap<>();
        units.byId(nominees.values().stream()
                        .map(Nominee::unitId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList())
                .forEach((k, v) -> unitNames.put(k, v.getName()));
        try (ReportWriter w = format.report("BIÊN BẢN HỌP", c.name().toUpperCase(java.util.Locale.ROOT))) {
            w.text("Thời gian: ngày " + s.meetsOn().format(DAY) + (s.place() == null ? "" : "; địa điểm: " + s.place())
                            + ".")
                    .text("Nội dung: " + s.title() + ".")
                    .heading("I. THÀNH PHẦN")
                    .text("Có mặt " + present.size() + "/" + members.size() + " thành viên Hội đồng.")
                    .table(
                            new String[] {"Thành viên", "Chức danh trong Hội đồng", "Chức vụ", "Có mặt"},
                            members.stream()
                                    .map(m -> new String[] {
                                        m.fullName(),
                                        words.apply("memberRole." + m.role()),
                                        m.position() == null ? "" : m.position(),
                                        present.contains(m.id()) ? "Có mặt" : "Vắng"
                                    })
                                    .toList());
            List<Councils.Recusal> recusals = councils.recusals(sessionId);
            w.heading("II. THÀNH VIÊN KHÔNG THAM GIA BIỂU QUYẾT (XUNG ĐỘT LỢI ÍCH)");
            if (recusals.isEmpty()) {
                w.text("Không có.");
            } else {
                w.table(
                        new String[] {"Thành viên", "Người được đề nghị", "Lý do", "Cách xác định"},
                        recusals.stream()
                                .map(r -> new String[] {
                                    byId.get(r.memberId()).fullName(),
                                    nominees.containsKey(r.nomineeId())
                                            ? nominees.get(r.nomineeId()).fullName()
                                            : "",
                                    r.reason(),
                                    r.automatic() ? "Tự động (cùng đơn vị)" : "Tự khai"
                                })
                                .toList());
            }
            w.heading("III. KẾT QUẢ BỎ PHIẾU KÍN");
            List<String[]> rows = new ArrayList<>();
            int i = 0;
            for (Councils.Tally t : councils.tallies(sessionId)) {
                Nominee n = nominees.get(t.nomineeId());
                int total = t.membersTotal() == null ? members.size() : t.membersTotal();
                int votesFor = t.votesFor() == null ? 0 : t.votesFor();
                rows.add(new String[] {
                    String.valueOf(++i),
                    n.fullName(),
                    n.unitId() == null ? "" : unitNames.getOrDefault(n.unitId(), ""),
                    words.apply("award." + n.award()),
                    votesFor + "/" + total,
                    total == 0 ? "" : String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * votesFor / total),
                    "≥ " + t.thresholdPercent() + "%",
                    t.outcome() == null ? "Chưa kết thúc" : words.apply("outcome." + t.outcome())
                });
            }
            w.table(
                            new String[] {
                                "STT",
                                "Họ và tên, tập thể",
                                "Đơn vị",
                                "Hình thức đề nghị",
                                "Phiếu đồng ý",
                                "Tỷ lệ",
                                "Ngưỡng",
                                "Kết quả"
                            },
                            rows)
                    .note("Tỷ lệ tính trên tổng số thành viên Hội đồng tại thời điểm mở bỏ phiếu; số phiếu kiểm bằng số"
                            + " thành viên đã bỏ phiếu.")
                    .heading("IV. KẾT LUẬN")
                    .text("Hội đồng thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh khen thưởng các trường hợp đạt"
                            + " ngưỡng biểu quyết nêu trên. Biên bản được lập và thông qua tại cuộc họp.");
            return w.bytes();
        }
    }
}
