package vn.thidua.attachment;

/** No such file, or one the account may not read: both answer 404, so ids cannot be probed. */
@org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
public class AttachmentNotFound extends RuntimeException {

    public AttachmentNotFound(long id) {
        super("no readable attachment " + id);
    }
}
