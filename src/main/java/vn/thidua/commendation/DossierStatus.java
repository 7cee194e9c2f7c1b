package vn.thidua.commendation;

import java.util.Map;
import java.util.Optional;

/**
 * Where a dossier is. The transitions are one table: {@link #after(DossierAction)} answers every
 * (status, action) pair, empty when the action is not allowed there.
 */
public enum DossierStatus {
    DRAFT,
    AWAITING_APPROVAL,
    SUBMITTED,
    UNDER_APPRAISAL,
    RETURNED,
    APPRAISED,
    AT_COUNCIL,
    CONCLUDED,
    WITHDRAWN;

    private static final Map<DossierStatus, Map<DossierAction, DossierStatus>> NEXT = Map.of(
            DRAFT,
            Map.of(DossierAction.SEND_TO_LEADER, AWAITING_APPROVAL, DossierAction.WITHDRAW, WITHDRAWN),
            AWAITING_APPROVAL,
            Map.of(
                    DossierAction.SUBMIT, SUBMITTED,
                    DossierAction.SEND_BACK, DRAFT,
                    DossierAction.WITHDRAW, WITHDRAWN),
            SUBMITTED,
            Map.of(
                    DossierAction.FORWARD, SUBMITTED,
                    DossierAction.RECEIVE, UNDER_APPRAISAL,
                    DossierAction.RETURN, RETURNED),
            UNDER_APPRAISAL,
            Map.of(DossierAction.RETURN, RETURNED, DossierAction.FINISH_APPRAISAL, APPRAISED),
            RETURNED,
            Map.of(DossierAction.RESUBMIT, UNDER_APPRAISAL),
            APPRAISED,
            Map.of(DossierAction.PUT_TO_COUNCIL, AT_COUNCIL, DossierAction.REOPEN, UNDER_APPRAISAL),
            AT_COUNCIL,
            Map.of(DossierAction.CONCLUDE, CONCLUDED),
            CONCLUDED,
            Map.of(),
            WITHDRAWN,
            Map.of());

    /** The status after the action, or empty when the action is not allowed in this status. */
    public Optional<DossierStatus> after(DossierAction action) {
        return Optional.ofNullable(NEXT.get(this).get(action));
    }

    /** Whether the proposing unit may still change the dossier freely. */
    public boolean editableByUnit() {
        return this == DRAFT || this == AWAITING_APPROVAL;
    }

    /** Whether the dossier still counts as a proposal (for duplicates and quotas). */
    public boolean active() {
        return this != WITHDRAWN;
    }
}
