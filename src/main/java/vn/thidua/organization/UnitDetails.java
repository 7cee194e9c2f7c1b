package vn.thidua.organization;

import java.time.LocalDate;

/** What the Ban TĐKT enters about a unit. */
public record UnitDetails(
        String code, String name, UnitKind kind, Long parentId, LocalDate validFrom, LocalDate validTo, String note) {}
