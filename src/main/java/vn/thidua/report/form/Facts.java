package vn.thidua.report.form;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.Award;

/**
 * Reads the facts the forms count, straight from the tables of the modules that record them (ADR 0029: reports
 * may read every module's tables; they write only {@code report_…}). One query per table and period; every
 * source is filtered to the units the account may see ({@code units == null}: the whole province).
 */
@Component
class Facts {

    /** Awards decided above the province (the President, the Prime Minister): 0602.N, Biểu 01. */
    static final Set<Award> STATE = EnumSet.complementOf(EnumSet.of(
            Award.ADVANCED_WORKER,
            Award.GRASSROOTS_EMULATION_FIGHTER,
            Award.PROVINCIAL_EMULATION_FIGHTER,
            Award.ADVANCED_COLLECTIVE,
            Award.EXCELLENT_COLLECTIVE,
            Award.PROVINCIAL_EMULATION_FLAG,
            Award.CERTIFICATE_OF_COMMENDATION,
            Award.PROVINCIAL_CERTIFICATE_OF_MERIT,
            Award.COMMEMORATIVE_MEDAL));

    /** Awards the province decides that the forms count: 0603.N, Biểu 03. */
    static final Set<Award> PROVINCE = EnumSet.of(
            Award.PROVINCIAL_CERTIFICATE_OF_MERIT, Award.PROVINCIAL_EMULATION_FIGHTER, Award.PROVINCIAL_EMULATION_FLAG);

    private final JdbcClient jdbc;

    Facts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Fact> load(String source, Period period, Set<Long> units) {
        List<Fact> all = switch (source) {
            case "AWARDS" -> awards(period);
            case "PROPOSALS" -> proposals(period);
            case "MOVEMENTS" -> movements(period);
            case "STAFF" -> staff(period);
            case "FUND" -> fund(period);
            default -> throw new IllegalArgumentException("unknown source " + source);
        };
        if (units == null) {
            return all;
        }
        return all.stream()
                .filter(f -> f.unitId() != null && units.contains(f.unitId()))
                .toList();
    }

    // ---- awards in the records (individuals' and collectives' forms and titles), decided in the period

    private static final String PERSON_UNIT =
            "(select min(s.unit_id) from organization_assignment s where s.organization_person = p.id and s.to_date is null)";

    private List<Fact> awards(Period period) {
        List<String> counted = new ArrayList<>();
        STATE.forEach(a -> counted.add(a.name()));
        PROVINCE.forEach(a -> counted.add(a.name()));
        Map<String, String[]> proposed = nomineeClassifications();
        List<Fact> facts = new ArrayList<>();
        String decided = " left join decision_recipient r on r.id = x.decided_award_id"
                + " left join decision_decision d on d.id = r.decision_id";
        String cls = ", r.award_method, r.recipient_tier, r.enterprise, d.decided_on, r.decision_id";
        jdbc.sql("select x.id, x.person_id, x.form, x.award_date, p.full_name, p.gender, " + PERSON_UNIT + cls
                        + " from achievement_award x join organization_person p on p.id = x.person_id" + decided
                        + " where x.form in (:a) and x.award_date between :f and :t")
                .param("a", counted)
                .param("f", period.from())
                .param("t", period.to())
                .query(rs -> {
                    facts.add(award("AWARD", rs, rs.getObject(4, LocalDate.class), "INDIVIDUAL", proposed));
                });
        jdbc.sql("select x.id, x.person_id, x.title, x.title_year, p.full_name, p.gender, " + PERSON_UNIT + cls
                        + " from achievement_title x join organization_person p on p.id = x.person_id" + decided
                        + " where x.title in (:a) and x.title_year between :fy and :ty")
                .param("a", counted)
                .param("fy", period.from().getYear() - 1)
                .param("ty", period.to().getYear())
                .query(rs -> {
                    Fact f = award("TITLE", rs, titleDate(rs), "INDIVIDUAL", proposed);
                    if (period.contains(f.date())) {
                        facts.add(f);
                    }
                });
        String unitCols = ", u.name, null, u.id";
        jdbc.sql("select x.id, x.unit_id, x.form, x.award_date" + unitCols + cls + ", u.kind"
                        + " from achievement_collective_award x join organization_unit u on u.id = x.unit_id" + decided
                        + " where x.form in (:a) and x.award_date between :f and :t")
                .param("a", counted)
                .param("f", period.from())
                .param("t", period.to())
                .query(rs -> {
                    facts.add(award("CAWARD", rs, rs.getObject(4, LocalDate.class), "COLLECTIVE", proposed));
                });
        jdbc.sql("select x.id, x.unit_id, x.title, x.title_year" + unitCols + cls + ", u.kind"
                        + " from achievement_collective_title x join organization_unit u on u.id = x.unit_id" + decided
                        + " where x.title in (:a) and x.title_year between :fy and :ty")
                .param("a", counted)
                .param("fy", period.from().getYear() - 1)
                .param("ty", period.to().getYear())
                .query(rs -> {
                    Fact f = award("CTITLE", rs, titleDate(rs), "COLLECTIVE", proposed);
                    if (period.contains(f.date())) {
                        facts.add(f);
                    }
                });
        return facts;
    }

    /** A title is dated by its decision when a decision of the system gave it, else the last day of its year. */
    private static LocalDate titleDate(ResultSet rs) throws SQLException {
        LocalDate decidedOn = rs.getObject(11, LocalDate.class);
        return decidedOn != null ? decidedOn : LocalDate.of(rs.getInt(4), 12, 31);
    }

    /**
     * Columns: 1 id, 2 person or unit id, 3 award, 4 date or year, 5 name, 6 gender, 7 unit, 8 method, 9 tier,
     * 10 enterprise, 11 decided on, 12 decision id (13 unit kind for collectives). The classification is the
     * decision line's, else the approved nominee's for the same recipient and award, else not stated; a collective
     * whose unit is of the kind ENTERPRISE is an enterprise.
     */
    private static Fact award(String kind, ResultSet rs, LocalDate date, String subject, Map<String, String[]> proposed)
            throws SQLException {
        long recipient = rs.getLong(2);
        String awardName = rs.getString(3);
        String method = rs.getString(8);
        String tier = rs.getString(9);
        Boolean enterprise = (Boolean) rs.getObject(10, Boolean.class);
        Long decision = (Long) rs.getObject(12, Long.class);
        if (decision == null) {
            String[] n = proposed.get(subject.charAt(0) + ":" + recipient + ":" + awardName);
            if (n != null) {
                method = n[0];
                tier = n[1];
                enterprise = n[2] == null ? null : Boolean.valueOf(n[2]);
            }
        }
        Map<String, String> a = new HashMap<>();
        a.put("award", awardName);
        a.put("level", level(awardName));
        a.put("subject", subject);
        a.put("submitter", "PROVINCE");
        put(a, "method", method);
        if ("INDIVIDUAL".equals(subject)) {
            put(a, "tier", tier);
            put(a, "gender", rs.getString(6));
            if (tier != null) {
                a.put("leader", isLeader(tier) ? "LEADER" : "NON_LEADER");
            }
        } else {
            boolean enterpriseUnit = "ENTERPRISE".equals(rs.getString(13));
            a.put("enterprise", String.valueOf(enterprise != null ? enterprise : enterpriseUnit));
        }
        Long unit = (Long) rs.getObject(7, Long.class);
        String link = decision != null
                ? "/decisions/" + decision
                : "INDIVIDUAL".equals(subject) ? "/people/" + recipient : "/units/" + recipient;
        return new Fact(kind, rs.getLong(1), rs.getString(5), unit, date, 1, a, link);
    }

    static boolean isLeader(String tier) {
        return tier.equals("CENTRAL_LEADER") || tier.equals("DEPARTMENT_LEADER") || tier.equals("OTHER_LEADER");
    }

    static String level(String award) {
        try {
            Award a = Award.valueOf(award);
            return STATE.contains(a) ? "STATE" : PROVINCE.contains(a) ? "PROVINCE" : "OTHER";
        } catch (IllegalArgumentException e) {
            return "OTHER";
        }
    }

    private static void put(Map<String, String> a, String key, String value) {
        if (value != null && !value.isBlank()) {
            a.put(key, value);
        }
    }

    /** The classification of approved nominees, by "I:person:award" / "C:unit:award" (the latest dossier wins). */
    private Map<String, String[]> nomineeClassifications() {
        Map<String, String[]> found = new HashMap<>();
        jdbc.sql("select n.subject, n.person_id, n.unit_id, n.award, d.award_method, n.recipient_tier, n.enterprise"
                        + " from commendation_nominee n join commendation_dossier d on d.id = n.dossier_id"
                        + " where n.outcome = 'APPROVED' order by n.id")
                .query(rs -> {
                    boolean collective = "COLLECTIVE".equals(rs.getString(1));
                    Object enterprise = rs.getObject(7);
                    found.put(
                            (collective ? "C:" + rs.getLong(3) : "I:" + rs.getLong(2)) + ":" + rs.getString(4),
                            new String[] {
                                rs.getString(5), rs.getString(6), enterprise == null ? null : enterprise.toString()
                            });
                });
        return found;
    }

    // ---- nominees the province received in the period (state-level awards it proposes upward)

    private List<Fact> proposals(Period period) {
        List<Fact> facts = new ArrayList<>();
        jdbc.sql("select n.id, n.subject, n.full_name, n.award, d.award_method, n.recipient_tier, n.enterprise,"
                        + " d.received_on, d.id, coalesce(n.unit_id, d.proposing_unit_id), u.kind"
                        + " from commendation_nominee n join commendation_dossier d on d.id = n.dossier_id"
                        + " left join organization_unit u on u.id = n.unit_id"
                        + " where d.received_on between :f and :t")
                .param("f", period.from())
                .param("t", period.to())
                .query(rs -> {
                    Map<String, String> a = new HashMap<>();
                    String subject = rs.getString(2);
                    a.put("award", rs.getString(4));
                    a.put("level", level(rs.getString(4)));
                    a.put("subject", subject);
                    a.put("submitter", "PROVINCE");
                    put(a, "method", rs.getString(5));
                    String tier = rs.getString(6);
                    if ("INDIVIDUAL".equals(subject)) {
                        put(a, "tier", tier);
                        if (tier != null) {
                            a.put("leader", isLeader(tier) ? "LEADER" : "NON_LEADER");
                        }
                    } else if ("COLLECTIVE".equals(subject)) {
                        Object e = rs.getObject(7);
                        a.put(
                                "enterprise",
                                e != null ? e.toString() : String.valueOf("ENTERPRISE".equals(rs.getString(11))));
                    }
                    facts.add(new Fact(
                            "PROPOSAL",
                            rs.getLong(1),
                            rs.getString(3),
                            (Long) rs.getObject(10, Long.class),
                            rs.getObject(8, LocalDate.class),
                            1,
                            a,
                            "/dossiers/" + rs.getLong(9)));
                });
        return facts;
    }

    // ---- movements launched in the period

    private List<Fact> movements(Period period) {
        List<Fact> facts = new ArrayList<>();
        jdbc.sql("select m.id, m.name, m.kind, m.period_from, m.period_to, m.launching_unit_id, u.kind,"
                        + " (select count(*) from movement_participant_block b where b.movement_movement = m.id)"
                        + " from movement_movement m join organization_unit u on u.id = m.launching_unit_id"
                        + " where m.status <> 'DRAFT' and m.period_from between :f and :t")
                .param("f", period.from())
                .param("t", period.to())
                .query(rs -> {
                    Map<String, String> a = new HashMap<>();
                    boolean province = "PROVINCE".equals(rs.getString(7));
                    a.put("launcher", province ? "PROVINCE" : "UNIT");
                    a.put("scope", rs.getInt(8) > 0 ? "BLOCK" : province ? "LOCAL" : "UNIT");
                    LocalDate from = rs.getObject(4, LocalDate.class);
                    LocalDate to = rs.getObject(5, LocalDate.class);
                    long months = ChronoUnit.MONTHS.between(from, to.plusDays(1));
                    a.put(
                            "duration",
                            months < 12
                                    ? "LT1"
                                    : months == 12 ? "Y1" : months < 36 ? "Y1_3" : months < 60 ? "Y3_5" : "Y5");
                    String kind = rs.getString(3);
                    a.put(
                            "method",
                            kind.equals("THEMATIC") || kind.equals("SPECIAL_CAMPAIGN") ? "THEMATIC" : "REGULAR");
                    facts.add(new Fact(
                            "MOVEMENT",
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getLong(6),
                            from,
                            1,
                            a,
                            "/movements/" + rs.getLong(1)));
                });
        return facts;
    }

    // ---- the Ban's staff in the work on the period's last day

    private List<Fact> staff(Period period) {
        LocalDate on = period.to();
        List<Fact> facts = new ArrayList<>();
        jdbc.sql("select id, full_name, gender, birth_date, training, started_on, unit_id from report_staff"
                        + " where started_on <= :on and (left_on is null or left_on > :on)")
                .param("on", on)
                .query(rs -> {
                    Map<String, String> a = new HashMap<>();
                    a.put("gender", rs.getString(3));
                    long age = ChronoUnit.YEARS.between(rs.getObject(4, LocalDate.class), on);
                    a.put(
                            "age",
                            age <= 30
                                    ? "LE30"
                                    : age <= 40
                                            ? "A31_40"
                                            : age <= 50
                                                    ? "A41_50"
                                                    : age <= 55 ? "A51_55" : age <= 60 ? "A56_60" : "GT60");
                    a.put("training", rs.getString(5));
                    long years = ChronoUnit.YEARS.between(rs.getObject(6, LocalDate.class), on);
                    a.put("years", years < 5 ? "LT5" : years < 10 ? "Y5_10" : "GE10");
                    facts.add(new Fact(
                            "STAFF",
                            rs.getLong(1),
                            rs.getString(2),
                            (Long) rs.getObject(7, Long.class),
                            on,
                            1,
                            a,
                            "/reports/staff#staff-" + rs.getLong(1)));
                });
        return facts;
    }

    // ---- the fund's ledger in the period

    private List<Fact> fund(Period period) {
        List<Fact> facts = new ArrayList<>();
        jdbc.sql("select e.id, e.entry_date, e.kind, e.amount, e.description, e.decision_id, d.award"
                        + " from decision_fund_entry e left join decision_decision d on d.id = e.decision_id"
                        + " where e.entry_date between :f and :t")
                .param("f", period.from())
                .param("t", period.to())
                .query(rs -> {
                    Map<String, String> a = new HashMap<>();
                    String kind = rs.getString(3);
                    Long decision = (Long) rs.getObject(6, Long.class);
                    a.put("flow", kind);
                    if ("INCOME".equals(kind)) {
                        a.put("purpose", decision == null ? "SET_ASIDE" : "REFUND");
                    } else {
                        a.put(
                                "purpose",
                                decision == null || rs.getString(7) == null ? "OTHER" : level(rs.getString(7)));
                    }
                    facts.add(new Fact(
                            "FUND",
                            rs.getLong(1),
                            rs.getString(5),
                            null,
                            rs.getObject(2, LocalDate.class),
                            rs.getLong(4),
                            a,
                            decision == null ? "/fund" : "/decisions/" + decision));
                });
        return facts;
    }
}
