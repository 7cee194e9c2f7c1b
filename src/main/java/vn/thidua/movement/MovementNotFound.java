package vn.thidua.movement;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such movement, or one the account may not see: both answer 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class MovementNotFound extends RuntimeException {

    public MovementNotFound(Long id) {
        super("movement " + id + " not found in scope");
    }
}
