package vn.thidua.attachment;

/**
 * Implemented by a module for each kind of file it keeps: whether the signed-in account may read
 * a file of the owner, and whether it may add or remove one. Checked on every download and upload.
 */
public interface AttachmentOwner {

    String kind();

    boolean mayRead(Owner owner);

    boolean mayWrite(Owner owner);
}
