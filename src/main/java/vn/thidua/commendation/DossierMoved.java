package vn.thidua.commendation;

/**
 * A dossier changed hands or status: the units concerned are told.
 *
 * @param holderUnitId the unit that holds it now (null: the province's Ban TĐKT)
 * @param specialist the Ban TĐKT specialist appraising it, when one is assigned
 * @param note the reason or remark given with the step
 */
public record DossierMoved(
        Long dossierId,
        Long proposingUnitId,
        String title,
        DossierAction action,
        DossierStatus now,
        Long holderUnitId,
        String specialist,
        String note) {}
