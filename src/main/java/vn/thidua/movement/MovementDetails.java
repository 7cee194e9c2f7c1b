package vn.thidua.movement;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.InvalidInput.Problem;
import vn.thidua.shared.VietnameseText;

/** What a movement is, as the launch form gives it. */
public record MovementDetails(
        String name,
        MovementKind kind,
        String theme,
        String anniversary,
        LocalDate periodFrom,
        LocalDate periodTo,
        LocalDate registrationDeadline,
        String note) {

    /** Cleaned text, or null when nothing is left. */
    static String text(String s) {
        String cleaned = VietnameseText.clean(s);
        return cleaned == null || cleaned.isEmpty() ? null : cleaned;
    }

    /** Every problem, by field: name, kind and period are required; the period runs forward. */
    List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        if (text(name) == null) {
            problems.add(Problem.of("name", "validation.required"));
        }
        if (kind == null) {
            problems.add(Problem.of("kind", "validation.required"));
        }
        if (periodFrom == null) {
            problems.add(Problem.of("periodFrom", "validation.required"));
        }
        if (periodTo == null) {
            problems.add(Problem.of("periodTo", "validation.required"));
        }
        if (periodFrom != null && periodTo != null && periodTo.isBefore(periodFrom)) {
            problems.add(Problem.of("periodTo", "validation.movement.period"));
        }
        if (registrationDeadline != null && periodTo != null && registrationDeadline.isAfter(periodTo)) {
            problems.add(Problem.of("registrationDeadline", "validation.movement.deadline"));
        }
        return problems;
    }
}
