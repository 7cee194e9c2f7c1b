package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.VietnameseText;

/**
 * A scorecard as the editor's rows (issue 19): each criterion its own row of fields — code, group,
 * text, kind (ladder, bonus, penalty), maximum points, the ladder's rungs, the evidence to attach —
 * in the order the user arranged them. Problems name the row and the field; the rows are given back
 * as typed so nothing is lost.
 */
public final class CardRows {

    private CardRows() {}

    /** One row as typed (all text, so a wrong number is kept to be corrected). */
    public record Row(
            String code, String group, String text, String kind, String maxPoints, String ladder, String evidence)
            implements java.io.Serializable {

        boolean blank() {
            return empty(code) && empty(group) && empty(text) && empty(maxPoints) && empty(ladder) && empty(evidence);
        }
    }

    /** The rows of a card, for the editor to start from. */
    public static List<Row> of(List<Criterion> criteria) {
        return criteria.stream()
                .map(c -> new Row(
                        c.code(),
                        c.group(),
                        c.text(),
                        c.kind() == CriterionKind.THRESHOLD
                                ? CriterionKind.LADDER.name()
                                : c.kind().name(),
                        c.maxPoints().toPlainString(),
                        c.kind() == CriterionKind.LADDER ? CardText.levels(c) : "",
                        c.evidence() == null ? "" : c.evidence()))
                .toList();
    }

    /** The rows read into criteria; blank rows are skipped; every problem is named by row and field. */
    public static List<Criterion> parse(List<Row> rows) {
        List<Criterion> criteria = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            int row = i + 1;
            if (r.blank()) {
                continue;
            }
            int before = problems.size();
            String code = strip(r.code());
            String text = strip(r.text());
            String group = strip(r.group());
            if (code.isEmpty()) {
                problems.add(new Problem(row, "criterionCode", "validation.required", List.of()));
            } else if (codes.contains(VietnameseText.fold(code))) {
                problems.add(new Problem(row, "criterionCode", "validation.scoring.codeRepeated", List.of(code)));
            }
            codes.add(VietnameseText.fold(code));
            if (text.isEmpty()) {
                problems.add(new Problem(row, "criterionText", "validation.required", List.of()));
            }
            InvalidInput.fits(problems, "criterionText", text, 2000);
            InvalidInput.fits(problems, "evidence", r.evidence(), 2000);
            CriterionKind kind;
            try {
                kind = empty(r.kind()) ? CriterionKind.LADDER : CriterionKind.valueOf(strip(r.kind()));
            } catch (IllegalArgumentException e) {
                kind = CriterionKind.LADDER;
            }
            BigDecimal max = null;
            if (!empty(r.maxPoints())) {
                try {
                    max = new BigDecimal(strip(r.maxPoints()).replace(',', '.'));
                    if (max.signum() < 0) {
                        problems.add(new Problem(row, "maxPoints", "validation.scoring.maxNegative", List.of()));
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Problem(row, "maxPoints", "validation.number", List.of(strip(r.maxPoints()))));
                }
            }
            List<Criterion.Level> levels = List.of();
            try {
                levels = CardText.parseLevels(r.ladder());
            } catch (NumberFormatException e) {
                problems.add(new Problem(row, "ladder", "validation.scoring.levels", List.of(strip(r.ladder()))));
            }
            if (kind == CriterionKind.LADDER && levels.isEmpty() && max == null && problems.size() == before) {
                problems.add(new Problem(row, "ladder", "validation.scoring.ladderRequired", List.of()));
            }
            if (kind != CriterionKind.LADDER && max == null && problems.size() == before) {
                problems.add(new Problem(row, "maxPoints", "validation.required", List.of()));
            }
            if (problems.size() > before) {
                continue;
            }
            String evidence = empty(r.evidence()) ? null : strip(r.evidence());
            switch (kind) {
                case BONUS -> criteria.add(Criterion.bonus(code, text, max));
                case PENALTY -> criteria.add(Criterion.penalty(code, text, max));
                default -> {
                    Criterion.Level[] rungs = levels.isEmpty()
                            ? new Criterion.Level[] {
                                new Criterion.Level(max, ""), new Criterion.Level(BigDecimal.ZERO, "")
                            }
                            : levels.toArray(Criterion.Level[]::new);
                    Criterion ladder = Criterion.ladder(code, group, text, evidence, rungs);
                    if (max != null && max.compareTo(ladder.maxPoints()) != 0) {
                        problems.add(new Problem(
                                row,
                                "maxPoints",
                                "validation.scoring.maxNotTopRung",
                                List.of(max.toPlainString(), ladder.maxPoints().toPlainString())));
                    } else {
                        criteria.add(ladder);
                    }
                }
            }
        }
        if (criteria.isEmpty() && problems.isEmpty()) {
            problems.add(new Problem(0, "criteria", "validation.scoring.noCriteria", List.of()));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return criteria;
    }

    private static boolean empty(String s) {
        return s == null || s.isBlank();
    }

    private static String strip(String s) {
        return s == null ? "" : VietnameseText.clean(s).strip();
    }
}
