package vn.thidua.commendation;

import java.util.Objects;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.Actor;
import vn.thidua.shared.Role;

/**
 * Who may read a dossier, its nominees, history and papers (ADR 0023). A draft (and a draft
 * withdrawn before submission) is the drafting unit's alone — the accounts of the proposing unit
 * itself and whoever created it — until its leader submits it; then the levels it climbs through
 * (accounts whose units cover the proposing or holding unit) and, once it has reached the province,
 * the Ban TĐKT. A council member reads the dossiers put before a council he sits on; the signer and
 * the portal editor read none: they have no business with dossiers. The administrator reads all.
 */
@Component
class DossierReaders {

    private final AccessScope scope;
    private final ObjectProvider<CouncilSeats> seats;

    DossierReaders(AccessScope scope, ObjectProvider<CouncilSeats> seats) {
        this.scope = scope;
        this.seats = seats;
    }

    boolean canSee(Dossier d) {
        Actor actor = scope.actor();
        boolean draftedHere = actor.username().equals(d.createdBy());
        return switch (actor.role()) {
            case ADMIN -> true;
            case SPECIALIST -> d.atProvince() || draftedHere;
            case UNIT_OFFICER, UNIT_LEADER ->
                submitted(d)
                        ? scope.covers(d.proposingUnitId())
                                || d.holderUnitId() != null && scope.covers(d.holderUnitId())
                        : draftedHere || Objects.equals(actor.scopeUnitId(), d.proposingUnitId());
            case COUNCIL_MEMBER ->
                (d.status() == DossierStatus.AT_COUNCIL || d.status() == DossierStatus.CONCLUDED)
                        && seats.stream().anyMatch(s -> s.seated(actor.username(), d.id()));
            case SIGNER, PORTAL_EDITOR -> false;
        };
    }

    /** Whether the nominees' CCCD is shown: not to council members, who vote on the achievement, not the ID. */
    boolean seesNationalIds() {
        return scope.actor().role() != Role.COUNCIL_MEMBER;
    }

    /** Whether the unit's leader has sent it up (a dossier withdrawn as a draft never was). */
    private static boolean submitted(Dossier d) {
        return switch (d.status()) {
            case DRAFT, AWAITING_APPROVAL, WITHDRAWN -> false; // withdrawn only from the unit's own steps
            default -> true;
        };
    }
}
