package vn.thidua.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.LegalBasis;
import vn.thidua.shared.LegalReference;

/** Writes target/legal-coverage.md (article → rule class → tests) and fails on a rule without tests. */
class LegalCoverageTests {

    @Test
    void everyRuleClassHasItsOwnTestsAndTheTableIsWritten() throws IOException {
        List<String> rows = new ArrayList<>();
        List<String> untested = new ArrayList<>();
        for (Class<?> rule : RuleBook.ruleClasses().stream()
                .sorted(Comparator.comparing(Class::getSimpleName))
                .toList()) {
            LegalBasis basis = rule.getAnnotation(LegalBasis.class);
            List<String> tests = testsOf(rule);
            if (tests.isEmpty()) {
                untested.add(rule.getSimpleName());
            }
            LegalReference reference = LegalReference.of(basis);
            rows.add("| " + mark(reference.certainty()) + " | " + reference.cite() + " | " + basis.inForceFrom() + " – "
                    + basis.inForceUntil() + " | `" + rule.getSimpleName() + "` | " + String.join("<br>", tests)
                    + " |");
        }
        Path table = Path.of("target", "legal-coverage.md");
        Files.createDirectories(table.getParent());
        Files.writeString(
                table,
                "# Căn cứ pháp lý → quy tắc → kiểm thử\n\n"
                        + "Mức chắc chắn / certainty: [C] đã xác nhận (confirmed), [I] suy luận (inferred),"
                        + " [U] chưa xác nhận (uncertain) — docs/legal-reference.md.\n\n"
                        + "| mức | căn cứ | hiệu lực | quy tắc | kiểm thử |\n"
                        + "|---|---|---|---|---|\n" + String.join("\n", rows) + "\n\n"
                        + "## Chưa mã hóa / not encoded\n\n"
                        + "Danh hiệu, hình thức tỉnh đề nghị lên trên, tiêu chuẩn chưa mã hóa: API trả 422.\n\n"
                        + "| mức | danh hiệu, hình thức | căn cứ |\n|---|---|---|\n"
                        + String.join("\n", notEncoded()) + "\n\n"
                        + "## Trước 2024 chưa mã hóa / not encoded before 2024\n\n"
                        + "Cặp danh hiệu, hình thức × đối tượng × cơ sở khen thưởng mà tiêu chuẩn được mã hóa ở thời kỳ"
                        + " khác nhưng không tìm thấy văn bản luật cũ (docs/legal-reference.md §2.5, §2.8):"
                        + " API trả 422 cho thành tích đến năm 2023.\n\n"
                        + "| danh hiệu, hình thức | đối tượng | cơ sở |\n|---|---|---|\n"
                        + String.join("\n", notEncodedBefore2024()) + "\n");

        assertThat(untested).as("rule classes without a …Tests class").isEmpty();
        assertThat(Files.readString(table)).contains("| [C] |", "| [I] |", "## Chưa mã hóa");
    }

    /** docs/legal-reference.md's evidence tag. */
    static String mark(LegalReference.Certainty certainty) {
        return switch (certainty) {
            case CONFIRMED -> "[C]";
            case INFERRED -> "[I]";
            case UNCONFIRMED -> "[U]";
        };
    }

    /** The catalogue's honours whose criteria are not encoded: uncertain by definition here. */
    private static List<String> notEncoded() {
        List<String> rows = new ArrayList<>();
        for (Catalogue.Entry e : Catalogue.all()) {
            if (!e.criteriaEncoded()) {
                rows.add("| [U] | " + vn.thidua.achievement.Vocabulary.name(e.award()) + " (`" + e.award() + "`) | "
                        + e.basis() + " |");
            }
        }
        return rows;
    }

    /**
     * Every award encoded in some period, for each recipient it admits and each basis a province
     * proposes on, that the rule book refuses as not encoded for an achievement of 2023.
     */
    private static List<String> notEncodedBefore2024() {
        List<String> rows = new ArrayList<>();
        for (vn.thidua.achievement.Award award : vn.thidua.achievement.Award.values()) {
            if (!RuleBook.encodes(award)) {
                continue;
            }
            for (Candidate.Kind kind : Candidate.Kind.values()) {
                if (!Catalogue.admits(award, kind)) {
                    continue;
                }
                for (vn.thidua.achievement.Basis basis : List.of(
                        vn.thidua.achievement.Basis.REGULAR,
                        vn.thidua.achievement.Basis.THEMATIC,
                        vn.thidua.achievement.Basis.EXTRAORDINARY)) {
                    Candidate empty = new Candidate(kind, false, List.of(), List.of(), List.of(), List.of(), List.of());
                    try {
                        RuleBook.evaluate(award, 2023, basis, empty);
                    } catch (RuleBook.NotEncoded notEncoded) {
                        rows.add("| " + vn.thidua.achievement.Vocabulary.name(award) + " (`" + award + "`) | " + kind
                                + " | " + basis + " |");
                    }
                }
            }
        }
        return rows;
    }

    private static List<String> testsOf(Class<?> rule) {
        try {
            Class<?> tests = Class.forName(rule.getName() + "Tests");
            List<String> names = new ArrayList<>();
            for (Method m : tests.getDeclaredMethods()) {
                if (m.isAnnotationPresent(Test.class)) {
                    DisplayName display = m.getAnnotation(DisplayName.class);
                    names.add(display != null ? display.value() : m.getName());
                }
            }
            return names;
        } catch (ClassNotFoundException e) {
            return List.of();
        }
    }
}
