package vn.thidua.report.dashboard;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.thidua.organization.AccessScope;

/**
 * Who reads a dashboard, and which units' figures: province roles the whole province, a unit's officer or leader
 * the unit and the units below it. Council members and portal editors read none (403).
 */
@Component
class Scope {

    /** The units whose figures an account reads; {@code units} is empty for the whole province. */
    record Units(boolean provinceWide, List<Long> units) {

        /** A SQL condition on the column (the whole province: none). */
        String where(String column) {
            return provinceWide ? "1 = 1" : column + " in (:units)";
        }

        boolean covers(Long unitId) {
            return provinceWide || unitId != null && units.contains(unitId);
        }
    }

    private final AccessScope access;

    Scope(AccessScope access) {
        this.access = access;
    }

    Units current() {
        switch (access.actor().role()) {
            case ADMIN, SPECIALIST, SIGNER, UNIT_OFFICER, UNIT_LEADER -> {}
            default -> throw new AccessDeniedException("dashboards are for leaders and the Ban TĐKT");
        }
        Long root = access.scopeRoot();
        return root == null ? new Units(true, List.of()) : new Units(false, access.subtree(root));
    }
}
