package vn.thidua.movement;

/**
 * A step on the way to a launch that someone must act on: a movement proposed to the head of its
 * launching unit, or sent back to whoever prepared it.
 *
 * @param provinceLevel launched by the province itself, so the Chairman approves it
 * @param actor for PROPOSED who proposed it; for SENT_BACK who prepared it (the one to tell)
 */
public record MovementStep(
        Long movementId,
        String name,
        Long launchingUnitId,
        Kind kind,
        boolean provinceLevel,
        String actor,
        String reason) {

    public enum Kind {
        PROPOSED,
        SENT_BACK
    }
}
