package vn.thidua.commendation;

/** A dossier changed hands or status: the units concerned are told. */
public record DossierMoved(
        Long dossierId, Long proposingUnitId, String title, DossierAction action, DossierStatus now) {}
