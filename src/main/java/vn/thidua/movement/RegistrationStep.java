package vn.thidua.movement;

/**
 * A registration changed hands: handed to the unit's leader, submitted to the Ban TĐKT, returned to
 * the unit with a reason, or accepted. The people who must act next are told.
 */
public record RegistrationStep(
        Long registrationId,
        Long movementId,
        String movementName,
        Long unitId,
        RegistrationStatus now,
        String reason) {}
