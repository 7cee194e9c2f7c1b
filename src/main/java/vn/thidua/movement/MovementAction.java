package vn.thidua.movement;

import java.time.Instant;

/** The verbs that move a launched movement on. */
public enum MovementAction {
    OPEN_REGISTRATION,
    START,
    REVIEW,
    CLOSE;

    /** The steps open from a status, in the order an officer takes them. */
    public static java.util.List<MovementAction> from(MovementStatus status) {
        return switch (status) {
            case LAUNCHED -> java.util.List.of(OPEN_REGISTRATION, START);
            case REGISTRATION_OPEN -> java.util.List.of(START);
            case IN_PROGRESS -> java.util.List.of(REVIEW);
            case UNDER_REVIEW -> java.util.List.of(CLOSE);
            case DRAFT, AWAITING_APPROVAL, CLOSED -> java.util.List.of();
        };
    }

    void apply(Movement m, String by, Instant at) {
        switch (this) {
            case OPEN_REGISTRATION -> m.openRegistration(by, at);
            case START -> m.start(by, at);
            case REVIEW -> m.review(by, at);
            case CLOSE -> m.close(by, at);
        }
    }
}
