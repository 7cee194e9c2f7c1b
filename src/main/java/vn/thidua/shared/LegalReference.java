package vn.thidua.shared;

/**
 * Where a rule comes from: "Điều 23 Luật Thi đua, khen thưởng 2022", "khoản 3 Điều 9 Nghị định
 * 91/2017/NĐ-CP". {@code certainty} carries docs/legal-reference.md's tag: confirmed, inferred or unconfirmed.
 */
public record LegalReference(String document, String article, String clause, Certainty certainty) {

    /** docs/legal-reference.md's evidence tags: [C], [I], [U]. */
    public enum Certainty {
        CONFIRMED,
        INFERRED,
        UNCONFIRMED
    }

    public static LegalReference of(LegalBasis basis) {
        return new LegalReference(basis.document(), basis.article(), basis.clause(), basis.certainty());
    }

    /** As an officer reads it: "khoản 1 Điều 24 Luật Thi đua, khen thưởng 2022". */
    public String cite() {
        String where = article == null || article.isEmpty() ? document : "Điều " + article + " " + document;
        String cited = clause == null || clause.isEmpty() ? where : "khoản " + clause + " " + where;
        return certainty == Certainty.CONFIRMED ? cited : cited + " (căn cứ chưa được xác nhận)";
    }
}
