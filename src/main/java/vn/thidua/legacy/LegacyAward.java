package vn.thidua.legacy;

import java.time.LocalDate;

/** One entry of a legacy register. */
record LegacyAward(
        Long id,
        LegacyKinds.Register register,
        LegacyKinds.Recipient recipient,
        String fullName,
        Integer birthYear,
        String nationalId,
        String hometown,
        String form,
        LegacyKinds.War war,
        LegacyKinds.FormerProvince formerProvince,
        String decisionNumber,
        LocalDate decidedOn,
        String issuer,
        String note,
        boolean illustrative) {

    /** The award as a certificate cites it: form, decision and issuer. */
    String citation() {
        StringBuilder s = new StringBuilder(form);
        if (decisionNumber != null && !decisionNumber.isBlank()) {
            s.append(", Quyết định số ").append(decisionNumber);
        }
        if (decidedOn != null) {
            s.append(" ngày ").append(decidedOn.format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
        }
        if (issuer != null && !issuer.isBlank()) {
            s.append(" của ").append(issuer);
        }
        return s.toString();
    }
}
