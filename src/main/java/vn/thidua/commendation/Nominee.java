package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.Set;
import vn.thidua.achievement.Award;

/**
 * One nominee of a dossier with what the system found (eligibility, duplicates), what the unit wrote
 * in justification, the appraisal, and the council's outcome.
 */
public record Nominee(
        Long id,
        Long dossierId,
        int seq,
        NomineeSubject subject,
        Long personId,
        Long unitId,
        String fullName,
        LocalDate birthDate,
        String nationalId,
        String position,
        Award award,
        String summary,
        boolean posthumous,
        CheckResult eligibility,
        String checkText,
        String duplicateText,
        String justification,
        Appraisal appraisal,
        String appraisalReason,
        Set<String> returnedFields,
        Outcome outcome,
        int version) {

    /** The fields a return may flag for the unit to fix. */
    public static final java.util.List<String> FIELDS =
            java.util.List.of("fullName", "birthDate", "nationalId", "position", "award", "summary", "justification");

    /** Whether something was found against the nominee that needs a written justification. */
    public boolean failing() {
        return eligibility == CheckResult.NOT_ELIGIBLE || duplicateText != null;
    }

    /** The same nominee with the CCCD left out, for readers who have no need of it. */
    Nominee withoutNationalId() {
        return new Nominee(
                id,
                dossierId,
                seq,
                subject,
                personId,
                unitId,
                fullName,
                birthDate,
                null,
                position,
                award,
                summary,
                posthumous,
                eligibility,
                checkText,
                duplicateText,
                justification,
                appraisal,
                appraisalReason,
                returnedFields,
                outcome,
                version);
    }

    public boolean justified() {
        return justification != null && !justification.isBlank();
    }
}
