package vn.thidua.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such unit, or one outside the account's scope: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class UnitNotFound extends RuntimeException {

    public UnitNotFound(Long id) {
        super("unit " + id + " not found in scope");
    }
}
