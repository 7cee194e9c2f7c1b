package vn.thidua.decision;

import vn.thidua.achievement.Award;

/**
 * One recipient of a decision: a person, a collective or a household, the form, whether posthumous,
 * the award money in đồng, and the code of the certificate the public page verifies. A line of a
 * correction or a revocation names the line it replaces or revokes ({@code revokesRecipientId}).
 */
public record Recipient(
        Long id,
        Long decisionId,
        int seq,
        Long nomineeId,
        String subject,
        Long personId,
        Long unitId,
        String fullName,
        String position,
        Award award,
        boolean posthumous,
        Long amount,
        String code,
        Status status,
        Long revokedBy,
        Long revokesRecipientId) {

    public enum Status {
        VALID,
        REVOKED,
        /** Replaced by the corrected entry of a later decision (đính chính). */
        CORRECTED
    }

    public boolean collective() {
        return "COLLECTIVE".equals(subject);
    }
}
