package vn.thidua.commendation;

import java.time.LocalDate;
import vn.thidua.achievement.Award;

/**
 * A nominee as the unit enters or imports it; the person is found by id, CCCD or name + birth + unit. The
 * classification the statistical forms count by (issue 20) comes with it: the tier for an individual, whether a
 * collective is an enterprise; {@code null} is "not stated".
 */
public record NomineeInput(
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
        String justification,
        RecipientTier tier,
        Boolean enterprise) {

    /** A nominee with its classification not stated. */
    public NomineeInput(
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
            String justification) {
        this(
                subject,
                personId,
                unitId,
                fullName,
                birthDate,
                nationalId,
                position,
                award,
                summary,
                posthumous,
                justification,
                null,
                null);
    }

    /** The same nominee with this classification. */
    public NomineeInput classified(RecipientTier tier, Boolean enterprise) {
        return new NomineeInput(
                subject,
                personId,
                unitId,
                fullName,
                birthDate,
                nationalId,
                position,
                award,
                summary,
                posthumous,
                justification,
                tier,
                enterprise);
    }
}
