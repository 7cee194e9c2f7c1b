package vn.thidua.achievement;

/** The three kinds of recipient the law knows (cá nhân, tập thể, hộ gia đình), with their Vietnamese words. */
public enum RecipientKind {
    INDIVIDUAL("cá nhân"),
    COLLECTIVE("tập thể"),
    HOUSEHOLD("hộ gia đình");

    private final String words;

    RecipientKind(String words) {
        this.words = words;
    }

    /** How a message names the kind: "cá nhân", "tập thể", "hộ gia đình". */
    public String words() {
        return words;
    }
}
