package vn.thidua.organization;

import java.time.LocalDate;
import vn.thidua.shared.Gender;

/** What an officer enters about a person (form or import row). */
public record PersonDetails(
        String fullName,
        Gender gender,
        LocalDate birthDate,
        String nationalId,
        String position,
        boolean directWorker) {}
