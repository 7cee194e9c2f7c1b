package vn.thidua.council;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such council or session, or one the account may not see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class CouncilNotFound extends RuntimeException {

    public CouncilNotFound(Long id) {
        super("council or session " + id + " not found");
    }
}
