package vn.thidua.report.dashboard;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Block scoring fairness: each scorer's strictness against its block ({@link ScorerFairness}), from
 * {@code scoring_score}, for the blocks of the period's years the account may read (the whole province, or blocks
 * with a member in its subtree, as {@code ScoringBlocks.mayRead}).
 */
@Component
class FairnessDashboard {

    private final JdbcClient jdbc;

    FairnessDashboard(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Block(long id, String name, int year) {}

    @Transactional(readOnly = true)
    List<Block> blocks(Period period, Scope.Units scope) {
        Map<String, Object> params = new HashMap<>(Map.of(
                "fromYear", period.from().getYear(), "toYear", period.to().getYear()));
        if (!scope.provinceWide()) {
            params.put("units", scope.units());
        }
        return jdbc.sql("""
                        select b.id, b.name, b.emulation_year from organization_emulation_block b
                         where b.emulation_year >= :fromYear and b.emulation_year <= :toYear
                           and exists (select 1 from scoring_block_year y where y.block_id = b.id)
                           and exists (select 1 from organization_block_member m where m.organization_emulation_block = b.id
                                         and %s)
                         order by b.emulation_year desc, b.name""".formatted(scope.where("m.unit_id")))
                .params(params)
                .query((rs, n) -> new Block(rs.getLong(1), rs.getString(2), rs.getInt(3)))
                .list();
    }

    @Transactional(readOnly = true)
    ScorerFairness.Result result(long blockId) {
        List<ScorerFairness.Score> scores = jdbc.sql("""
                        select s.scorer_unit_id, s.unit_id, s.criterion_code, s.points, c.max_points
                          from scoring_score s join scoring_block_year y on y.id = s.block_year_id
                          join scoring_card_criterion c on c.scoring_block_year = y.id and c.code = s.criterion_code
                         where y.block_id = :b""")
                .param("b", blockId)
                .query((rs, n) -> new ScorerFairness.Score(
                        rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getDouble(4), rs.getDouble(5)))
                .list();
        return ScorerFairness.of(scores);
    }

    @Transactional(readOnly = true)
    List<Figure> figures(Block block) {
        ScorerFairness.Result r = result(block.id());
        Map<Long, String> names = new HashMap<>();
        jdbc.sql(
                        "select m.unit_id, u.name from organization_block_member m join organization_unit u on u.id = m.unit_id"
                                + " where m.organization_emulation_block = :b")
                .param("b", block.id())
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        String link = "/blocks/" + block.id() + "/scoring";
        List<Figure.Line> scorers = new ArrayList<>();
        for (ScorerFairness.ScorerStat s : r.scorers()) {
            scorers.add(Figure.Line.of(
                    (s.flagged() ? "⚠ " : "") + names.getOrDefault(s.scorer(), "#" + s.scorer()),
                    null,
                    java.util.Arrays.asList(
                            round(s.meanDeviationPercent()),
                            round(s.meanDeviation()),
                            s.z() == null ? null : round(s.z()),
                            s.scores()),
                    link));
        }
        List<Figure.Line> outliers = new ArrayList<>();
        for (ScorerFairness.Outlier o : r.outliers()) {
            outliers.add(Figure.Line.of(
                    names.getOrDefault(o.scorer(), "#" + o.scorer()) + " → "
                            + names.getOrDefault(o.unit(), "#" + o.unit()) + " · " + o.criterion(),
                    null,
                    java.util.Arrays.asList(
                            round(o.points()), round(o.othersMean()), o.z() == null ? null : round(o.z())),
                    link));
        }
        return List.of(
                new Figure(
                        "scorers",
                        "dashboard.fair.scorers",
                        "bar",
                        List.of(
                                "dashboard.col.scores",
                                "dashboard.col.meanDeviation",
                                "dashboard.col.meanDeviationPct",
                                "dashboard.col.z"),
                        scorers),
                new Figure(
                        "outliers",
                        "dashboard.fair.outliers",
                        "none",
                        List.of("dashboard.col.points", "dashboard.col.othersMean", "dashboard.col.z"),
                        outliers));
    }

    static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
