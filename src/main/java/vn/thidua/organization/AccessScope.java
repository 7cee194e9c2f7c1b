package vn.thidua.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.shared.Actor;

/**
 * The server-side check behind every read and write of unit data: an account sees and changes only
 * its scope unit's subtree; the Ban TĐKT and the administrator see the whole province.
 */
@Component
public class AccessScope {

    private final JdbcClient jdbc;

    AccessScope(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The signed-in account. */
    public Actor actor() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof Actor actor) {
            return actor;
        }
        throw new AccessDeniedException("no signed-in account");
    }

    /** The root of the current account's subtree, or null for the whole province. */
    public Long scopeRoot() {
        return actor().scopeUnitId();
    }

    public boolean provinceWide() {
        return scopeRoot() == null;
    }

    /**
     * Whether the account's role keeps or reads people's and collectives' records: the administrator,
     * the Ban TĐKT and units' officers and leaders. Council members, signers and portal editors have a
     * province-wide scope for their own work, not for records (ADR 0023): to them a person is not found.
     */
    public boolean keepsRecords() {
        return switch (actor().role()) {
            case ADMIN, SPECIALIST, UNIT_OFFICER, UNIT_LEADER -> true;
            case COUNCIL_MEMBER, SIGNER, PORTAL_EDITOR -> false;
        };
    }

    /** Refuses (403) an account whose role has no business with records. */
    public void requireRecords() {
        if (!keepsRecords()) {
            throw new AccessDeniedException("role " + actor().role() + " reads no records");
        }
    }

    /** Whether the unit lies in the current account's subtree. */
    public boolean covers(Long unitId) {
        Long root = scopeRoot();
        return root == null || unitId != null && isWithin(unitId, root);
    }

    /** Refuses (403) when the unit lies outside the current account's subtree. */
    public void requireUnit(Long unitId) {
        if (!covers(unitId)) {
            throw new AccessDeniedException("unit " + unitId + " is outside the account's scope");
        }
    }

    /** The ids of the unit and all units below it. */
    public java.util.List<Long> subtree(Long rootId) {
        return jdbc.sql("""
        with recursive down (id) as (
          select id from organization_unit where id = :root
          union all
          select u.id from organization_unit u join down on u.parent_id = down.id)
        select id from down""").param("root", rootId).query(Long.class).list();
    }

    /** Whether {@code unitId} is {@code rootId} or one of its descendants. */
    public boolean isWithin(Long unitId, Long rootId) {
        Integer found = jdbc.sql("""
        with recursive up (id, parent_id) as (
          select id, parent_id from organization_unit where id = :unit
          union all
          select u.id, u.parent_id from organization_unit u join up on u.id = up.parent_id)
        select count(*) from up where id = :root""")
                .param("unit", unitId)
                .param("root", rootId)
                .query(Integer.class)
                .single();
        return found != null && found > 0;
    }
}
