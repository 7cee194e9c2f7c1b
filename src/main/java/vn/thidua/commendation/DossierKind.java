package vn.thidua.commendation;

import vn.thidua.achievement.Basis;

/** What the dossier proposes awards for; the basis the eligibility rules judge it on. */
public enum DossierKind {
    /** Thường xuyên: the year's (or years') work. */
    REGULAR(Basis.REGULAR, false),
    /** Theo chuyên đề: a movement or campaign; names its movement. */
    THEMATIC(Basis.THEMATIC, false),
    /** Đột xuất: a sudden achievement; simplified procedure (NĐ 98 Đ40). */
    EXTRAORDINARY(Basis.EXTRAORDINARY, true),
    /** Quá trình cống hiến, niên hạn: simplified procedure. */
    LONG_SERVICE(Basis.LONG_SERVICE, true),
    /** Truy tặng: for people who have died; judged as regular work. */
    POSTHUMOUS(Basis.REGULAR, false);

    private final Basis basis;
    private final boolean simplified;

    DossierKind(Basis basis, boolean simplified) {
        this.basis = basis;
        this.simplified = simplified;
    }

    public Basis basis() {
        return basis;
    }

    /** Whether the simplified procedure applies: tờ trình and a short summary suffice (docs/legal-reference.md R23). */
    public boolean simplified() {
        return simplified;
    }
}
