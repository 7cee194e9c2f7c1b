package vn.thidua.movement;

import java.time.Instant;

/** The verbs that move a launched movement on. */
public enum MovementAction {
    OPEN_REGISTRATION,
    START,
    REVIEW,
    CLOSE;

    void apply(Movement m, String by, Instant at) {
        switch (this) {
            case OPEN_REGISTRATION -> m.openRegistration(by, at);
            case START -> m.start(by, at);
            case REVIEW -> m.review(by, at);
            case CLOSE -> m.close(by, at);
        }
    }
}
