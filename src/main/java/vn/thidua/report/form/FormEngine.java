package vn.thidua.report.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Computes a form's cells from the facts and runs its arithmetic checks (ADR 0029). */
@Component
class FormEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Facts facts;
    private final ReportInputs inputs;

    FormEngine(Facts facts, ReportInputs inputs) {
        this.facts = facts;
        this.inputs = inputs;
    }

    /** The facts of every source the form reads, loaded once. */
    Map<String, List<Fact>> factsFor(FormDefinition form, Period period, Set<Long> units) {
        Map<String, List<Fact>> bySource = new HashMap<>();
        for (String source : sources(form)) {
            bySource.put(source, facts.load(source, period, units));
        }
        return bySource;
    }

    static Set<String> sources(FormDefinition form) {
        Set<String> s = new LinkedHashSet<>();
        for (FormDefinition.Column c : form.columns()) {
            if (c.sum() == null && c.share() == null && !c.input()) {
                s.add(c.source() != null ? c.source() : form.source());
            }
        }
        return s;
    }

    FormTable compute(FormDefinition form, Period period, Set<Long> units, String unitName) {
        Map<String, List<Fact>> bySource = factsFor(form, period, units);
        Map<String, Map<String, BigDecimal>> entered =
                form.hasInputs() ? inputs.values(form.id(), period.from().getYear()) : Map.of();
        Map<String, Map<String, BigDecimal>> values = new LinkedHashMap<>();
        for (FormDefinition.Row row : form.rows()) {
            values.put(row.code(), new LinkedHashMap<>());
        }
        // plain rows first, then rows that sum others; within a row, counts before sums before shares
        List<FormDefinition.Row> ordered = new ArrayList<>();
        form.rows().stream().filter(r -> r.sum() == null).forEach(ordered::add);
        form.rows().stream().filter(r -> r.sum() != null).forEach(ordered::add);
        for (FormDefinition.Row row : ordered) {
            Map<String, BigDecimal> line = values.get(row.code());
            for (FormDefinition.Column c : form.columns()) {
                if (c.sum() != null || c.share() != null) {
                    continue;
                }
                if (c.input()) {
                    line.put(
                            c.code(),
                            row.sum() != null
                                            && !entered.getOrDefault(row.code(), Map.of())
                                                    .containsKey(c.code())
                                    ? sum(values, row.sum(), c.code())
                                    : entered.getOrDefault(row.code(), Map.of()).get(c.code()));
                } else if (row.sum() != null) {
                    line.put(c.code(), sum(values, row.sum(), c.code()));
                } else {
                    line.put(c.code(), count(c, row, bySource.get(source(form, c))));
                }
            }
            for (FormDefinition.Column c : form.columns()) {
                if (c.sum() != null) {
                    line.put(c.code(), sumColumns(line, c.sum()));
                }
            }
            for (FormDefinition.Column c : form.columns()) {
                if (c.share() != null) {
                    line.put(
                            c.code(),
                            share(line.get(c.share().part()), line.get(c.share().whole())));
                }
            }
        }
        return new FormTable(form, period, unitName, units == null, values, check(form, values));
    }

    static String source(FormDefinition form, FormDefinition.Column c) {
        return c.source() != null ? c.source() : form.source();
    }

    private static BigDecimal count(FormDefinition.Column c, FormDefinition.Row row, List<Fact> facts) {
        boolean amount = "amount".equals(c.measure());
        long total = 0;
        for (Fact f : facts) {
            if (f.matches(row.where()) && f.matches(c.where())) {
                total += amount ? f.amount() : 1;
            }
        }
        BigDecimal v = BigDecimal.valueOf(total);
        if (amount && c.scale() != null && c.scale() > 1) {
            v = v.divide(BigDecimal.valueOf(c.scale()), 3, RoundingMode.HALF_UP);
        }
        return v;
    }

    /** The facts behind one cell: a counted cell's own, a sum's components', a share's part's. */
    List<Fact> behind(FormDefinition form, String rowCode, String columnCode, Map<String, List<Fact>> bySource) {
        FormDefinition.Row row = form.row(rowCode);
        FormDefinition.Column c = form.column(columnCode);
        if (row.sum() != null) {
            return row.sum().stream()
                    .flatMap(r -> behind(form, r, columnCode, bySource).stream())
                    .distinct()
                    .toList();
        }
        if (c.share() != null) {
            return behind(form, rowCode, c.share().part(), bySource);
        }
        if (c.sum() != null) {
            return c.sum().stream()
                    .flatMap(x -> behind(form, rowCode, x, bySource).stream())
                    .distinct()
                    .toList();
        }
        if (c.input()) {
            return List.of();
        }
        return bySource.get(source(form, c)).stream()
                .filter(f -> f.matches(row.where()) && f.matches(c.where()))
                .toList();
    }

    private static BigDecimal sum(Map<String, Map<String, BigDecimal>> values, List<String> rows, String column) {
        BigDecimal total = BigDecimal.ZERO;
        for (String r : rows) {
            BigDecimal v = values.get(r).get(column);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    private static BigDecimal sumColumns(Map<String, BigDecimal> line, List<String> columns) {
        BigDecimal total = BigDecimal.ZERO;
        for (String c : columns) {
            BigDecimal v = line.get(c);
            if (v == null) {
                return null;
            }
            total = total.add(v);
        }
        return total;
    }

    static BigDecimal share(BigDecimal part, BigDecimal whole) {
        if (part == null || whole == null || whole.signum() == 0) {
            return null;
        }
        return part.multiply(HUNDRED).divide(whole, 4, RoundingMode.HALF_UP);
    }

    /**
     * The checks, recomputed from the figures as they will be printed: each declared row or column sum; each
     * share against its part and whole (a share printed as a fraction, 0.65 for 65 %, fails) and within 0–100 %;
     * no negative figure; every entered figure present.
     */
    static List<String> check(FormDefinition form, Map<String, Map<String, BigDecimal>> values) {
        List<String> problems = new ArrayList<>();
        for (FormDefinition.Check check : form.checks()) {
            if (check.row() != null) {
                for (FormDefinition.Column c : form.columns()) {
                    if (c.share() != null) {
                        continue;
                    }
                    BigDecimal whole = values.get(check.row()).get(c.code());
                    BigDecimal parts = sum(values, check.equals(), c.code());
                    if (whole != null && parts != null && whole.compareTo(parts) != 0) {
                        problems.add("Cột " + c.code() + ": dòng " + check.row() + " là " + FormTable.format(whole)
                                + " nhưng tổng các dòng " + String.join(" + ", check.equals()) + " là "
                                + FormTable.format(parts));
                    }
                }
            } else if (check.column() != null) {
                for (FormDefinition.Row r : form.rows()) {
                    Map<String, BigDecimal> line = values.get(r.code());
                    BigDecimal whole = line.get(check.column());
                    BigDecimal parts = sumColumns(line, check.equals());
                    if (whole != null && parts != null && whole.compareTo(parts) != 0) {
                        problems.add("Dòng " + r.code() + ": cột " + check.column() + " là " + FormTable.format(whole)
                                + " nhưng tổng các cột " + String.join(" + ", check.equals()) + " là "
                                + FormTable.format(parts));
                    }
                }
            }
        }
        for (FormDefinition.Row r : form.rows()) {
            Map<String, BigDecimal> line = values.get(r.code());
            for (FormDefinition.Column c : form.columns()) {
                BigDecimal v = line.get(c.code());
                if (c.input() && v == null) {
                    problems.add("Dòng " + r.code() + ", cột " + c.code() + " (" + c.label() + "): chưa nhập số liệu");
                    continue;
                }
                if (v != null && v.signum() < 0) {
                    problems.add("Dòng " + r.code() + ", cột " + c.code() + ": số âm " + FormTable.format(v));
                }
                if (c.share() == null) {
                    continue;
                }
                BigDecimal part = line.get(c.share().part());
                BigDecimal whole = line.get(c.share().whole());
                if (v == null) {
                    if (part != null && part.signum() != 0) {
                        problems.add("Dòng " + r.code() + ", cột " + c.code() + ": không tính được tỷ lệ vì cột "
                                + c.share().whole() + " bằng 0 hoặc chưa có");
                    }
                    continue;
                }
                BigDecimal expected = share(part, whole);
                if (expected == null
                        || v.setScale(1, RoundingMode.HALF_UP).compareTo(expected.setScale(1, RoundingMode.HALF_UP))
                                != 0) {
                    problems.add("Dòng " + r.code() + ", cột " + c.code() + ": tỷ lệ in " + FormTable.format(v)
                            + "% nhưng " + FormTable.format(part) + "/" + FormTable.format(whole) + " = "
                            + (expected == null ? "?" : FormTable.format(expected.setScale(1, RoundingMode.HALF_UP)))
                            + "%");
                } else if (v.compareTo(HUNDRED) > 0) {
                    problems.add("Dòng " + r.code() + ", cột " + c.code() + ": tỷ lệ " + FormTable.format(v)
                            + "% vượt 100%");
                }
            }
        }
        return problems.stream().distinct().collect(Collectors.toList());
    }
}
