package vn.thidua.commendation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such dossier, or one the account may not see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DossierNotFound extends RuntimeException {

    public DossierNotFound(Long id) {
        super("dossier " + id + " not found in scope");
    }
}
