package vn.thidua.commendation;

/** The Ban TĐKT specialist's word on one nominee. */
public enum Appraisal {
    ACCEPTED("Chấp thuận"),
    REJECTED("Không chấp thuận"),
    RETURNED("Trả lại để sửa");

    private final String words;

    Appraisal(String words) {
        this.words = words;
    }

    /** As the dossier's history writes it (screens use the messages {@code appraisal.*}). */
    public String words() {
        return words;
    }
}
