package vn.thidua.report.form;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

/**
 * A form computed for a period and scope: every cell's value (a count, an amount, or a share in per cent;
 * {@code null} where a share has no whole or an entered figure is missing), and the arithmetic checks that do
 * not hold, each named in Vietnamese.
 */
public record FormTable(
        FormDefinition form,
        Period period,
        String unitName,
        boolean provinceWide,
        Map<String, Map<String, BigDecimal>> values,
        List<String> problems) {

    public BigDecimal value(String row, String column) {
        return values.getOrDefault(row, Map.of()).get(column);
    }

    /** The value as printed: "1.234", "7.100,5", "65,2%", "" when missing. */
    public String printed(String row, String column) {
        BigDecimal v = value(row, column);
        if (v == null) {
            return "";
        }
        FormDefinition.Column c = form.column(column);
        if (c.share() != null) {
            String one = format(v.setScale(1, RoundingMode.HALF_UP));
            return (one.contains(",") ? one : one + ",0") + "%";
        }
        return format(v);
    }

    static String format(BigDecimal v) {
        BigDecimal s = v.stripTrailingZeros();
        if (s.scale() < 0) {
            s = s.setScale(0);
        }
        String plain = s.toPlainString();
        boolean negative = plain.startsWith("-");
        if (negative) {
            plain = plain.substring(1);
        }
        int dot = plain.indexOf('.');
        String whole = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : "," + plain.substring(dot + 1);
        StringBuilder grouped = new StringBuilder();
        for (int i = 0; i < whole.length(); i++) {
            if (i > 0 && (whole.length() - i) % 3 == 0) {
                grouped.append('.');
            }
            grouped.append(whole.charAt(i));
        }
        return (negative ? "-" : "") + grouped + fraction;
    }

    public boolean exportable() {
        return problems.isEmpty();
    }
}
