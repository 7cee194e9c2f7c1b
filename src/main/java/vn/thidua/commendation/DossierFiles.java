package vn.thidua.commendation;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.thidua.attachment.AttachmentOwner;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.Role;

/**
 * Who may read and file a dossier's papers: those who may see the dossier read them; the proposing
 * unit files them while it may change the dossier (or after a return); the Ban TĐKT files the
 * consultation answers it receives.
 */
@Component
class DossierFiles implements AttachmentOwner {

    private final ObjectProvider<Dossiers> dossiers;
    private final AccessScope scope;

    DossierFiles(ObjectProvider<Dossiers> dossiers, AccessScope scope) {
        this.dossiers = dossiers;
        this.scope = scope;
    }

    @Override
    public String kind() {
        return Dossiers.FILES;
    }

    @Override
    public boolean mayRead(Owner owner) {
        return dossiers.getObject()
                .row(owner.id())
                .filter(dossiers.getObject()::canSee)
                .isPresent();
    }

    @Override
    public boolean mayWrite(Owner owner) {
        Dossier d = dossiers.getObject().row(owner.id()).orElse(null);
        if (d == null) {
            return false;
        }
        Role role = scope.actor().role();
        if (role == Role.SPECIALIST || role == Role.ADMIN) {
            return d.atProvince() || scope.covers(d.proposingUnitId());
        }
        boolean unitMayChange = d.status().editableByUnit() || d.status() == DossierStatus.RETURNED;
        return (role == Role.UNIT_OFFICER || role == Role.UNIT_LEADER)
                && unitMayChange
                && scope.covers(d.proposingUnitId());
    }
}
