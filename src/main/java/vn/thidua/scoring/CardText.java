package vn.thidua.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.InvalidInput.Problem;

/**
 * A scorecard as officers write it, one criterion a line:
 * {@code mã | nhóm | nội dung | bậc điểm | minh chứng}, the levels as {@code 8: đủ, đúng hạn; 6: thiếu 2
 * báo cáo tháng; 0: …}; a group "Điểm thưởng" or "Điểm trừ" makes the line a bonus or a penalty
 * whose levels give the maximum.
 */
public final class CardText {

    private CardText() {}

    /** Every line read, or every problem by line number. */
    public static List<Criterion> parse(String text) {
        List<Criterion> criteria = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String[] lines = text == null ? new String[0] : text.split("\\R");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = line.split("\\|", -1);
            if (parts.length < 4) {
                problems.add(new Problem(i + 1, "criteria", "validation.scoring.line", List.of()));
                continue;
            }
            String code = parts[0].strip();
            String group = parts[1].strip();
            String what = parts[2].strip();
            String evidence = parts.length > 4 ? parts[4].strip() : null;
            List<Criterion.Level> levels;
            try {
                levels = parseLevels(parts[3]);
            } catch (NumberFormatException e) {
                problems.add(new Problem(i + 1, "criteria", "validation.scoring.levels", List.of(parts[3].strip())));
                continue;
            }
            if (code.isEmpty() || what.isEmpty() || levels.isEmpty()) {
                problems.add(new Problem(i + 1, "criteria", "validation.scoring.line", List.of()));
                continue;
            }
            String folded = vn.thidua.shared.VietnameseText.fold(group);
            Criterion ladder = Criterion.ladder(
                    code,
                    group,
                    what,
                    evidence == null || evidence.isEmpty() ? null : evidence,
                    levels.toArray(Criterion.Level[]::new));
            if (folded.startsWith("diem thuong")) {
                criteria.add(Criterion.bonus(code, what, ladder.maxPoints()));
            } else if (folded.startsWith("diem tru")) {
                criteria.add(Criterion.penalty(code, what, ladder.maxPoints()));
            } else {
                criteria.add(ladder);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return criteria;
    }

    /** "8: đủ; 6: thiếu 2 báo cáo; 0" → levels; a bare number is a level without words. */
    static List<Criterion.Level> parseLevels(String text) {
        List<Criterion.Level> levels = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return levels;
        }
        for (String part : text.split("[;|]")) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            int colon = p.indexOf(':');
            String number = (colon < 0 ? p : p.substring(0, colon)).strip().replace(',', '.');
            levels.add(new Criterion.Level(
                    new BigDecimal(number),
                    colon < 0 ? "" : p.substring(colon + 1).strip()));
        }
        return levels;
    }

    /** The levels of a criterion as stored; a bonus or penalty keeps its maximum as its one level. */
    static String levels(Criterion c) {
        if (c.levels().isEmpty()) {
            return c.maxPoints().toPlainString();
        }
        return String.join(
                "; ",
                c.levels().stream()
                        .map(l ->
                                l.points().toPlainString() + (l.description().isEmpty() ? "" : ": " + l.description()))
                        .toList());
    }
}
