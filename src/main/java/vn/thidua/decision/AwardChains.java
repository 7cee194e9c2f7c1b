package vn.thidua.decision;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.AwardsDecided;
import vn.thidua.shared.InvalidInput;

/**
 * One award across the decisions that touch it: the awarding decision's line (the root), the lines
 * of corrections that replaced it, the lines of a revocation that revoked it. When a revocation is
 * signed every line of the award in a signed decision — the revocation's own lines included — becomes
 * REVOKED, so every code ever printed for it verifies as revoked by that decision. A correction or a
 * revocation signed after its line stopped being valid (revoked or corrected meanwhile) is refused.
 */
@Component
class AwardChains {

    private final JdbcClient jdbc;

    AwardChains(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The corrected lines give way to the correction's lines. */
    void correct(Decision correction, List<Recipient> lines) {
        for (Recipient line : lines) {
            replace(line, "CORRECTED", correction.id());
        }
    }

    /** Every line of each revoked award becomes REVOKED; the entries name the awards by their root line. */
    List<AwardsDecided.Entry> revoke(Decision revocation, List<Recipient> lines) {
        List<AwardsDecided.Entry> entries = new ArrayList<>();
        for (Recipient line : lines) {
            replace(line, "REVOKED", revocation.id());
            long root = root(line.revokesRecipientId());
            for (Long member : signedMembers(root)) {
                jdbc.sql("update decision_recipient set status = 'REVOKED', revoked_by = :d where id = :id")
                        .param("d", revocation.id())
                        .param("id", member)
                        .update();
            }
            entries.add(new AwardsDecided.Entry(
                    line.collective() ? null : line.personId(),
                    line.collective() ? line.unitId() : null,
                    line.award().name(),
                    root));
        }
        return entries;
    }

    /** The line of the awarding decision that a line (of a correction or a revocation) goes back to. */
    long root(long recipientId) {
        long id = recipientId;
        for (int depth = 0; depth < 100; depth++) {
            Long parent = jdbc.sql("select revokes_recipient_id from decision_recipient where id = :id")
                    .param("id", id)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (parent == null) {
                return id;
            }
            id = parent;
        }
        throw new IllegalStateException("recipient " + recipientId + " goes back more than 100 decisions");
    }

    /** The award's lines in signed decisions: the root and every line that follows from it. */
    private Set<Long> signedMembers(long root) {
        Set<Long> members = new HashSet<>(Set.of(root));
        List<Long> frontier = List.of(root);
        while (!frontier.isEmpty()) {
            frontier = jdbc
                    .sql("select r.id from decision_recipient r join decision_decision d on d.id = r.decision_id"
                            + " where r.revokes_recipient_id in (:ids) and d.status = 'SIGNED'")
                    .param("ids", frontier)
                    .query(Long.class)
                    .list()
                    .stream()
                    .filter(members::add)
                    .toList();
        }
        return members;
    }

    /** The line this one replaces must still be valid; it takes the given status (row locked until commit). */
    private void replace(Recipient line, String status, Long by) {
        int updated = jdbc.sql("update decision_recipient set status = :s, revoked_by = :d"
                        + " where id = :id and status = 'VALID'")
                .param("s", status)
                .param("d", by)
                .param("id", line.revokesRecipientId())
                .update();
        if (updated == 0) {
            throw InvalidInput.of("recipientIds", "validation.decision.noLongerValid", line.fullName());
        }
    }
}
