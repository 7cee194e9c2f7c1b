package vn.thidua.decision;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No such decision: 404. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class DecisionNotFound extends RuntimeException {

    public DecisionNotFound(Long id) {
        super("decision " + id + " not found");
    }
}
