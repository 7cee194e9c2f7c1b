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
                        + String.join("\n", notEncoded()) + "\n");

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
