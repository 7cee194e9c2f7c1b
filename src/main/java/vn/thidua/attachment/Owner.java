package vn.thidua.attachment;

/**
 * What a file belongs to: a kind the owning module answers for ({@link AttachmentOwner}), the id of
 * the thing, and a slot inside it (e.g. one unit's evidence for one criterion), empty when unused.
 */
public record Owner(String kind, long id, String slot) {

    public Owner {
        slot = slot == null ? "" : slot;
    }

    public static Owner of(String kind, long id) {
        return new Owner(kind, id, "");
    }
}
