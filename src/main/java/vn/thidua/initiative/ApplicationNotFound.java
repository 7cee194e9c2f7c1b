package vn.thidua.initiative;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such application, or not in the account's scope. */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ApplicationNotFound extends RuntimeException {
    ApplicationNotFound(Long id) {
        super("initiative application " + id + " not found");
    }
}
