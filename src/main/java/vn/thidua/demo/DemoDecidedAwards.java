package vn.thidua.demo;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.AwardMethod;
import vn.thidua.commendation.RecipientTier;

/**
 * The demo's awards as the office would have decided them, so the statistical forms and yearly tables have
 * classified facts to count (issue 20): the provincial Bằng khen and flags already in the records get the signed
 * decisions that gave them (numbered per year, with the award money paid from the fund), each line classified as
 * the dossier and the unit would have stated it (method per decision, mostly regular; the person's tier from the
 * position, direct workers as such; enterprises by their kind); people and collectives with a run of provincial
 * awards are proposed for state-level awards, and some of those are decided; the fund gets its yearly
 * allocation; the Ban TĐKT's staff register and the figures it enters. Deterministic (the demo seed).
 * {@code thidua.demo.decided-awards=false} leaves it out (the test profile does, so other tests keep their data).
 */
@Component
public class DemoDecidedAwards {

    static final long PERSON_MONEY = 2_340_000L;
    static final long COLLECTIVE_MONEY = 4_680_000L;
    static final long FLAG_MONEY = 28_080_000L;
    static final long STATE_MONEY = 3_510_000L;

    private final JdbcClient jdbc;
    private final DemoSettings settings;
    private final boolean enabled;

    DemoDecidedAwards(
            JdbcClient jdbc, DemoSettings settings, @Value("${thidua.demo.decided-awards:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.enabled = enabled;
    }

    boolean enabled() {
        return enabled;
    }

    private record Line(
            String subject,
            long recordId,
            long recipientId,
            String name,
            String position,
            String tier,
            Boolean enterprise,
            String recordTable) {}

    /** Loads everything above; call once on a database whose records have no decisions yet. */
    public void load() {
        Random random = new Random(settings.seed() + 20);
        long province = BenchSupport.province(jdbc);
        Map<Integer, Integer> numbers = new TreeMap<>();
        Map<Integer, Long> spent = new TreeMap<>();
        // provincial Bằng khen to people and collectives, and the provincial flags, one decision a day and subject
        Map<String, List<Line>> groups = new LinkedHashMap<>();
        Map<String, LocalDate> days = new LinkedHashMap<>();
        jdbc.sql("select a.id, a.person_id, a.award_date, p.full_name, p.position, p.direct_worker"
                        + " from achievement_award a join organization_person p on p.id = a.person_id"
                        + " where a.form = 'PROVINCIAL_CERTIFICATE_OF_MERIT' and a.decided_award_id is null"
                        + " order by a.award_date, a.id")
                .query(rs -> {
                    LocalDate day = rs.getObject(3, LocalDate.class);
                    String key = "PROVINCIAL_CERTIFICATE_OF_MERIT|INDIVIDUAL|" + day;
                    days.put(key, day);
                    String position = rs.getString(5);
                    String tier = rs.getBoolean(6)
                            ? RecipientTier.DIRECT_WORKER.name()
                            : RecipientTier.suggest(position)
                                    .orElse(RecipientTier.OTHER)
                                    .name();
                    groups.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Line(
                                    "INDIVIDUAL",
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getString(4),
                                    position,
                                    tier,
                                    null,
                                    "achievement_award"));
                });
        jdbc.sql("select a.id, a.unit_id, a.award_date, u.name, u.kind from achievement_collective_award a"
                        + " join organization_unit u on u.id = a.unit_id"
                        + " where a.form = 'PROVINCIAL_CERTIFICATE_OF_MERIT' and a.decided_award_id is null"
                        + " order by a.award_date, a.id")
                .query(rs -> {
                    LocalDate day = rs.getObject(3, LocalDate.class);
                    String key = "PROVINCIAL_CERTIFICATE_OF_MERIT|COLLECTIVE|" + day;
                    days.put(key, day);
                    groups.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Line(
                                    "COLLECTIVE",
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getString(4),
                                    null,
                                    null,
                                    "ENTERPRISE".equals(rs.getString(5)),
                                    "achievement_collective_award"));
                });
        jdbc.sql("select t.id, t.unit_id, t.title_year, u.name, u.kind from achievement_collective_title t"
                        + " join organization_unit u on u.id = t.unit_id"
                        + " where t.title = 'PROVINCIAL_EMULATION_FLAG' and t.decided_award_id is null"
                        + " order by t.title_year, t.id")
                .query(rs -> {
                    LocalDate day = LocalDate.of(rs.getInt(3) + 1, 1, 20);
                    String key = "PROVINCIAL_EMULATION_FLAG|COLLECTIVE|" + day;
                    days.put(key, day);
                    groups.computeIfAbsent(key, k -> new ArrayList<>())
                            .add(new Line(
                                    "COLLECTIVE",
                                    rs.getLong(1),
                                    rs.getLong(2),
                                    rs.getString(4),
                                    null,
                                    null,
                                    "ENTERPRISE".equals(rs.getString(5)),
                                    "achievement_collective_title"));
                });
        for (var g : groups.entrySet()) {
            String award = g.getKey().split("\\|")[0];
            LocalDate day = days.get(g.getKey());
            int roll = random.nextInt(100);
            AwardMethod method = award.equals("PROVINCIAL_EMULATION_FLAG") || roll < 80
                    ? AwardMethod.REGULAR
                    : roll < 93 ? AwardMethod.THEMATIC : AwardMethod.EXTRAORDINARY;
            int number = numbers.merge(day.getYear(), 1, Integer::sum);
            long decision = decision(province, day, number, award, method);
            long total = 0;
            int seq = 0;
            for (Line l : g.getValue()) {
                long money = award.equals("PROVINCIAL_EMULATION_FLAG")
                        ? FLAG_MONEY
                        : l.subject().equals("COLLECTIVE") ? COLLECTIVE_MONEY : PERSON_MONEY;
                long line = recipient(decision, ++seq, l, award, method, money);
                jdbc.sql("update " + l.recordTable() + " set decided_award_id = :r where id = :id")
                        .param("r", line)
                        .param("id", l.recordId())
                        .update();
                total += money;
            }
            payout(day, total, decision, "Chi tiền thưởng theo Quyết định số " + number + "/QĐ-UBND");
            spent.merge(day.getYear(), total, Long::sum);
        }
        numbers.forEach((year, last) -> jdbc.sql(
                        "insert into decision_counter (issuer_unit_id, decision_year, last_number) values (:i, :y, :n)")
                .param("i", province)
                .param("y", year)
                .param("n", last)
                .update());
        stateLevel(random, province, spent);
        // the fund's allocation each year: a little more than what it paid out, 1 % of recurrent spending
        for (var e : spent.entrySet()) {
            long setAside = ((e.getValue() * 13 / 10) / 1_000_000 + 1) * 1_000_000;
            jdbc.sql("insert into decision_fund_entry (entry_date, kind, amount, description, recorded_by)"
                            + " values (:d, 'INCOME', :a, :t, 'demo')")
                    .param("d", LocalDate.of(e.getKey(), 1, 10))
                    .param("a", setAside)
                    .param("t", "Trích lập Quỹ thi đua, khen thưởng năm " + e.getKey())
                    .update();
            BigDecimal million = BigDecimal.valueOf(setAside).movePointLeft(6);
            input("B05", e.getKey(), "01", "R", million.multiply(BigDecimal.valueOf(100)));
            input("B05", e.getKey(), "01", "7", million.multiply(new BigDecimal("0.05")));
            input("B05", e.getKey(), "01", "8", million.multiply(new BigDecimal("0.04")));
            input("B05", e.getKey(), "01", "9", million.multiply(new BigDecimal("0.02")));
            input("0604", e.getKey(), "01", "1", BigDecimal.ONE);
            input("0604", e.getKey(), "02", "1", BigDecimal.ZERO);
            input("0604", e.getKey(), "03", "1", BigDecimal.ZERO);
            input("0604", e.getKey(), "04", "1", BigDecimal.ONE);
            input("0604", e.getKey(), "05", "1", BigDecimal.ZERO);
        }
        staff();
    }

    /**
     * People with two provincial Bằng khen (and about three in five of those with one, the year after it) and
     * collectives with two flags are proposed (in May) for the Prime Minister's Bằng khen or the Government's flag; about two in three are decided in
     * September; a few long-serving leaders are proposed for the Labour Order, third class.
     */
    private void stateLevel(Random random, long province, Map<Integer, Long> spent) {
        Map<Integer, List<Object[]>> byYear = new TreeMap<>();
        jdbc.sql("select a.person_id, max(a.award_date), p.full_name, p.position, p.direct_worker, count(*)"
                        + " from achievement_award a join organization_person p on p.id = a.person_id"
                        + " where a.form = 'PROVINCIAL_CERTIFICATE_OF_MERIT'"
                        + " group by a.person_id, p.full_name, p.position, p.direct_worker"
                        + " order by a.person_id")
                .query(rs -> {
                    int year = rs.getObject(2, LocalDate.class).getYear() + (rs.getInt(6) >= 2 ? 0 : 1);
                    if (year <= 2025 && (rs.getInt(6) >= 2 || random.nextInt(100) < 60)) {
                        byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(new Object[] {
                            "INDIVIDUAL", rs.getLong(1), rs.getString(3), rs.getString(4), rs.getBoolean(5)
                        });
                    }
                });
        jdbc.sql("select t.unit_id, max(t.title_year), u.name, u.kind from achievement_collective_title t"
                        + " join organization_unit u on u.id = t.unit_id where t.title = 'PROVINCIAL_EMULATION_FLAG'"
                        + " group by t.unit_id, u.name, u.kind having count(*) >= 2 order by t.unit_id")
                .query(rs -> {
                    int year = rs.getInt(2) + 1;
                    if (year <= 2025) {
                        byYear.computeIfAbsent(year, y -> new ArrayList<>())
                                .add(new Object[] {"COLLECTIVE", rs.getLong(1), rs.getString(3), rs.getString(4), false
                                });
                    }
                });
        jdbc.sql("select a.unit_id, max(a.award_date), u.name, u.kind from achievement_collective_award a"
                        + " join organization_unit u on u.id = a.unit_id where a.form = 'PROVINCIAL_CERTIFICATE_OF_MERIT'"
                        + " group by a.unit_id, u.name, u.kind order by a.unit_id")
                .query(rs -> {
                    int year = rs.getObject(2, LocalDate.class).getYear() + 1;
                    if (year <= 2025 && random.nextInt(100) < 35) {
                        byYear.computeIfAbsent(year, y -> new ArrayList<>()).add(new Object[] {
                            "COLLECTIVE_BK", rs.getLong(1), rs.getString(3), rs.getString(4), false
                        });
                    }
                });
        for (var e : byYear.entrySet()) {
            int year = e.getKey();
            long dossier = dossier(province, year);
            int seq = 0;
            for (Object[] n : e.getValue()) {
                boolean collective = n[0].toString().startsWith("COLLECTIVE");
                String award = n[0].equals("COLLECTIVE_BK")
                        ? "PRIME_MINISTER_CERTIFICATE_OF_MERIT"
                        : collective
                                ? "GOVERNMENT_EMULATION_FLAG"
                                : random.nextInt(100) < 10
                                        ? "LABOR_ORDER_THIRD_CLASS"
                                        : "PRIME_MINISTER_CERTIFICATE_OF_MERIT";
                boolean decided = random.nextInt(100) < 65;
                String tier = collective
                        ? null
                        : (Boolean) n[4]
                                ? RecipientTier.DIRECT_WORKER.name()
                                : RecipientTier.suggest((String) n[3])
                                        .orElse(RecipientTier.OTHER)
                                        .name();
                jdbc.sql("insert into commendation_nominee (dossier_id, seq, subject, person_id, unit_id, full_name,"
                                + " position, award, summary, posthumous, eligibility, outcome, recipient_tier, enterprise)"
                                + " values (:d, :s, :subj, :p, :u, :n, :pos, :a, :sum, false, 'MANUAL', :o, :t, :e)")
                        .param("d", dossier)
                        .param("s", ++seq)
                        .param("subj", collective ? "COLLECTIVE" : "INDIVIDUAL")
                        .param("p", collective ? null : n[1])
                        .param("u", collective ? n[1] : null)
                        .param("n", n[2])
                        .param("pos", collective ? null : n[3])
                        .param("a", award)
                        .param(
                                "sum",
                                "Hai lần liên tục được tặng khen thưởng cấp tỉnh; đề nghị khen thưởng cấp Nhà nước")
                        .param("o", decided ? "APPROVED" : "NOT_APPROVED")
                        .param("t", tier)
                        .param("e", collective ? "ENTERPRISE".equals(n[3]) : null)
                        .update();
                if (decided) {
                    LocalDate on = LocalDate.of(year, 9, 12);
                    String cited = (award.equals("LABOR_ORDER_THIRD_CLASS")
                                    ? "Quyết định số 1" + year % 100 + "/QĐ-CTN"
                                    : "Quyết định số 2" + year % 100 + "/QĐ-TTg")
                            + " ngày 12/09/" + year;
                    jdbc.sql(
                                    collective
                                            ? "insert into achievement_collective_award (unit_id, award_date, form, decision)"
                                                    + " values (:r, :d, :f, :c)"
                                            : "insert into achievement_award (person_id, award_date, form, decision)"
                                                    + " values (:r, :d, :f, :c)")
                            .param("r", n[1])
                            .param("d", on)
                            .param("f", award)
                            .param("c", cited)
                            .update();
                    if (!award.equals("GOVERNMENT_EMULATION_FLAG")) {
                        payout(on, STATE_MONEY, null, "Chi tiền thưởng kèm " + cited);
                        spent.merge(year, STATE_MONEY, Long::sum);
                    }
                }
            }
        }
    }

    private long dossier(long province, int year) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("insert into commendation_dossier (proposing_unit_id, holder_unit_id, kind, achievement_year, title,"
                        + " status, received_on, created_by, created_at, award_method)"
                        + " values (:u, null, 'REGULAR', :y, :t, 'CONCLUDED', :r, 'demo', :at, 'REGULAR')")
                .param("u", province)
                .param("y", year - 1)
                .param("t", "Đề nghị khen thưởng cấp Nhà nước năm " + year)
                .param("r", LocalDate.of(year, 5, 15))
                .param("at", Timestamp.valueOf(LocalDate.of(year, 5, 15).atStartOfDay()))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long decision(long province, LocalDate day, int number, String award, AwardMethod method) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        String what = award.equals("PROVINCIAL_EMULATION_FLAG")
                ? "Cờ thi đua của Ủy ban nhân dân tỉnh"
                : "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh";
        jdbc.sql("insert into decision_decision (issuer_unit_id, symbol, decision_year, number, kind, award,"
                        + " achievement_year, place, decided_on, title, authority, basis, proposal, signer_name,"
                        + " signer_position, recipients_note, status, created_by) values (:i, 'QĐ-UBND', :y, :n, 'AWARD',"
                        + " :a, :ay, 'Tây Ninh', :d, :t, 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH TÂY NINH',"
                        + " 'Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;',"
                        + " 'Theo đề nghị của Giám đốc Sở Nội vụ.', 'Nguyễn Văn Út', 'CHỦ TỊCH', 'Như Điều 3;',"
                        + " 'SIGNED', 'demo')")
                .param("i", province)
                .param("y", day.getYear())
                .param("n", number)
                .param("a", award)
                .param("ay", day.getYear() - 1)
                .param("d", day)
                .param(
                        "t",
                        "Về việc tặng " + what
                                + (method == AwardMethod.REGULAR
                                        ? ""
                                        : method == AwardMethod.THEMATIC ? " (theo chuyên đề)" : " (đột xuất)"))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private long recipient(long decision, int seq, Line l, String award, AwardMethod method, long money) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        boolean collective = l.subject().equals("COLLECTIVE");
        jdbc.sql("insert into decision_recipient (decision_id, seq, subject, person_id, unit_id, full_name, position,"
                        + " award, posthumous, amount, code, status, award_method, recipient_tier, enterprise)"
                        + " values (:d, :s, :subj, :p, :u, :n, :pos, :a, false, :amt, :c, 'VALID', :m, :t, :e)")
                .param("d", decision)
                .param("s", seq)
                .param("subj", l.subject())
                .param("p", collective ? null : l.recipientId())
                .param("u", collective ? l.recipientId() : null)
                .param("n", l.name())
                .param("pos", l.position())
                .param("a", award)
                .param("amt", money)
                .param("c", String.format("DEMO%08d%08d", decision, seq))
                .param("m", method.name())
                .param("t", l.tier())
                .param("e", l.enterprise())
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    private void payout(LocalDate day, long amount, Long decision, String text) {
        jdbc.sql("insert into decision_fund_entry (entry_date, kind, amount, description, decision_id, recorded_by)"
                        + " values (:d, 'PAYOUT', :a, :t, :dec, 'demo')")
                .param("d", day)
                .param("a", amount)
                .param("t", text)
                .param("dec", decision)
                .update();
    }

    private void input(String form, int year, String row, String col, BigDecimal amount) {
        jdbc.sql("insert into report_input (form_code, period_year, row_code, col_code, amount, entered_by, entered_at)"
                        + " values (:f, :y, :r, :c, :a, 'demo', :at)")
                .param("f", form)
                .param("y", year)
                .param("r", row)
                .param("c", col)
                .param("a", amount)
                .param("at", Timestamp.valueOf(LocalDate.of(year, 12, 1).atStartOfDay()))
                .update();
    }

    /** The Ban TĐKT's nine staff (illustrative names), one of whom left in 2024. */
    private void staff() {
        Object[][] rows = {
            {"Trần Văn Hiếu", "MALE", "1971-04-12", "POSTGRADUATE", "2005-03-01", null, "Trưởng ban"},
            {"Lê Thị Thu Hà", "FEMALE", "1983-09-02", "UNIVERSITY", "2010-08-15", null, "Phó Trưởng ban"},
            {"Nguyễn Minh Trí", "MALE", "1979-01-25", "POSTGRADUATE", "2012-02-01", null, "Trưởng phòng"},
            {"Phạm Thị Ngọc Hân", "FEMALE", "1990-06-30", "UNIVERSITY", "2016-05-03", null, "Chuyên viên"},
            {"Võ Quốc Bảo", "MALE", "1995-11-11", "UNIVERSITY", "2021-07-01", null, "Chuyên viên"},
            {"Huỳnh Thị Mỹ Linh", "FEMALE", "1998-02-14", "UNIVERSITY", "2023-03-01", null, "Chuyên viên"},
            {"Đặng Văn Tài", "MALE", "1966-08-20", "COLLEGE", "1998-10-01", null, "Chuyên viên chính"},
            {"Ngô Thị Kim Oanh", "FEMALE", "1987-12-05", "INTERMEDIATE", "2014-01-06", null, "Văn thư"},
            {"Trương Hữu Lực", "MALE", "1963-03-03", "UNIVERSITY", "1995-04-01", "2024-03-31", "Chuyên viên chính"}
        };
        for (Object[] r : rows) {
            jdbc.sql("insert into report_staff (full_name, gender, birth_date, training, started_on, left_on, position)"
                            + " values (:n, :g, :b, :t, :s, :l, :p)")
                    .param("n", r[0])
                    .param("g", r[1])
                    .param("b", LocalDate.parse((String) r[2]))
                    .param("t", r[3])
                    .param("s", LocalDate.parse((String) r[4]))
                    .param("l", r[5] == null ? null : LocalDate.parse((String) r[5]))
                    .param("p", r[6])
                    .update();
        }
    }
}
