package vn.thidua.shared;

/**
 * Who is acting: the signed-in account as other modules see it. A null scope unit means the whole
 * province (Ban TĐKT, administrator); otherwise the account acts only within that unit's subtree.
 */
public interface Actor {

    String username();

    Role role();

    /** The root of the subtree this actor may see and change, or null for the whole province. */
    Long scopeUnitId();

    default boolean provinceWide() {
        return scopeUnitId() == null;
    }
}
