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
            rows.add("| " + LegalReference.of(basis).cite() + " | " + basis.inForceFrom() + " – " + basis.inForceUntil()
                    + " | `" + rule.getSimpleName() + "` | " + String.join("<br>", tests) + " |");
        }
        Path table = Path.of("target", "legal-coverage.md");
        Files.createDirectories(table.getParent());
        Files.writeString(
                table,
                "# Căn cứ pháp lý → quy tắc → kiểm thử\n\n| căn cứ | hiệu lực | quy tắc | kiểm thử |\n"
                        + "|---|---|---|---|\n" + String.join("\n", rows) + "\n");

        assertThat(untested).as("rule classes without a …Tests class").isEmpty();
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
