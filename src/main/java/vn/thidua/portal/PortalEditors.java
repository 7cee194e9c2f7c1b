package vn.thidua.portal;

import org.springframework.security.access.AccessDeniedException;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.Role;

/** Who edits the portal: its editors and the administrator. */
final class PortalEditors {

    private PortalEditors() {}

    /** Whether a portal editor (or the administrator) is signed in; false for a public reader. */
    static boolean signedIn(AccessScope scope) {
        try {
            Role role = scope.actor().role();
            return role == Role.PORTAL_EDITOR || role == Role.ADMIN;
        } catch (AccessDeniedException anonymous) {
            return false;
        }
    }

    /** Refuses (403) anyone but a portal editor or the administrator. */
    static void require(AccessScope scope) {
        if (!signedIn(scope)) {
            throw new AccessDeniedException("only the portal's editors");
        }
    }
}
