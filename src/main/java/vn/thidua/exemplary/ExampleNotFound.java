package vn.thidua.exemplary;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** An example that does not exist, or lies outside the account's scope (not found, as for people). */
@ResponseStatus(HttpStatus.NOT_FOUND)
class ExampleNotFound extends RuntimeException {
    ExampleNotFound(Object id) {
        super("exemplary example " + id + " not found");
    }
}
