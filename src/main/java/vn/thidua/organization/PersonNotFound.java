package vn.thidua.organization;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such person, or one outside the account's scope: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class PersonNotFound extends RuntimeException {

    public PersonNotFound(Long id) {
        super("person " + id + " not found in scope");
    }
}
