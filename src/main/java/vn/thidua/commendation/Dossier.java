package vn.thidua.commendation;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A nomination dossier: who proposes, where it sits now ({@code holderUnitId}; null once it has
 * reached the province), what for, its status, the specialist appraising it and its time limit.
 */
public record Dossier(
        Long id,
        Long proposingUnitId,
        Long holderUnitId,
        DossierKind kind,
        Long movementId,
        int year,
        String title,
        DossierStatus status,
        String specialist,
        LocalDate receivedOn,
        LocalDate dueOn,
        String createdBy,
        Instant createdAt,
        int version) {

    /** Whether it has reached the Ban TĐKT (no holder below the province). */
    public boolean atProvince() {
        return holderUnitId == null;
    }
}
