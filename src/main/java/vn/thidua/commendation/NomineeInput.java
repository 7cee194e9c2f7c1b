package vn.thidua.commendation;

import java.time.LocalDate;
import vn.thidua.achievement.Award;

/** A nominee as the unit enters or imports it; the person is found by id, CCCD or name + birth + unit. */
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
        String justification) {}
