package vn.thidua.shared;

/** The roles of the emulation chain; an account holds one, within a unit scope. */
public enum Role {
    /** Quản trị hệ thống. */
    ADMIN(true),
    /** Chuyên viên Ban Thi đua - Khen thưởng. */
    SPECIALIST(true),
    /** Cán bộ phụ trách thi đua của đơn vị. */
    UNIT_OFFICER(false),
    /** Lãnh đạo đơn vị. */
    UNIT_LEADER(false),
    /** Thành viên Hội đồng Thi đua - Khen thưởng. */
    COUNCIL_MEMBER(true),
    /** Người ký quyết định (Chủ tịch, Phó Chủ tịch UBND). */
    SIGNER(true),
    /** Biên tập viên cổng thông tin. */
    PORTAL_EDITOR(true);

    private final boolean provinceWideByDefault;

    Role(boolean provinceWideByDefault) {
        this.provinceWideByDefault = provinceWideByDefault;
    }

    /** Whether an account of this role is normally given the whole province as its scope. */
    public boolean provinceWideByDefault() {
        return provinceWideByDefault;
    }

    /** The Spring Security authority name. */
    public String authority() {
        return "ROLE_" + name();
    }
}
