package vn.thidua.organization;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the "merged from" clause of a resolution such as NQ 1682/NQ-UBTVQH15: "xã Tuyên Bình, xã
 * Tuyên Bình Tây và một phần các xã Vĩnh Bình, Vĩnh Thuận" names four old communes, the last two
 * only in part. A qualifier in brackets ("(huyện Mộc Hóa)") tells apart old units of the same name
 * and also applies to the unqualified units of the same kind listed just before it.
 */
final class MergedFromText {

    /** One old unit named in the clause. */
    record OldUnit(UnitKind kind, String name, String qualifier, boolean partial) {

        /** The name as the unit was called, e.g. "Xã Tân Lập (huyện Mộc Hóa)", "Phường 1 (thị xã Kiến Tường)". */
        String displayName() {
            String base = name.startsWith("Phường ") ? name : prefix() + " " + name;
            return qualifier == null ? base : base + " (" + qualifier + ")";
        }

        private String prefix() {
            return switch (kind) {
                case WARD -> "Phường";
                case TOWNSHIP -> "Thị trấn";
                default -> "Xã";
            };
        }
    }

    private static final Pattern ITEM =
            Pattern.compile("^(?<partial>một phần |phần còn lại của )?(?<many>các )?(?<kind>xã|phường|thị trấn)?\\s*"
                    + "(?<name>.+?)\\s*(?:\\((?<qualifier>[^)]+)\\))?$");

    private MergedFromText() {}

    static List<OldUnit> parse(String text) {
        List<OldUnit> units = new ArrayList<>();
        UnitKind kind = UnitKind.COMMUNE;
        boolean partial = false;
        for (String raw : text.split(",\\s*|\\s+và\\s+")) {
            String item = raw.strip();
            if (item.isEmpty()) {
                continue;
            }
            Matcher m = ITEM.matcher(item);
            if (!m.matches()) {
                throw new IllegalArgumentException("cannot read old unit: " + item);
            }
            String name = m.group("name").strip();
            if (m.group("kind") != null) {
                kind = kindOf(m.group("kind"));
                partial = m.group("partial") != null;
            } else if (m.group("partial") != null) {
                partial = true;
            }
            UnitKind itemKind = name.matches("Phường \\S+") ? UnitKind.WARD : kind;
            String qualifier = m.group("qualifier");
            if (qualifier != null) {
                for (int i = units.size() - 1; i >= 0; i--) {
                    OldUnit before = units.get(i);
                    if (before.qualifier() != null || before.kind() != itemKind) {
                        break;
                    }
                    units.set(i, new OldUnit(before.kind(), before.name(), qualifier, before.partial()));
                }
            }
            units.add(new OldUnit(itemKind, name, qualifier, partial));
        }
        return units;
    }

    private static UnitKind kindOf(String word) {
        return switch (word) {
            case "phường" -> UnitKind.WARD;
            case "thị trấn" -> UnitKind.TOWNSHIP;
            default -> UnitKind.COMMUNE;
        };
    }
}
