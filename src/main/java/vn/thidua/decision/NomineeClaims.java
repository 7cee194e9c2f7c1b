package vn.thidua.decision;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.InvalidInput;

/**
 * An approved nominee enters at most one decision. Drafting claims each nominee in
 * {@code decision_nominee_claim}, whose primary key refuses a second claim: of drafts made at the same
 * moment over the same approvals, one commits and the others are refused (never a duplicate, never a
 * 500). Claims are taken in nominee order, so two drafts never wait for each other in a cycle.
 * Discarding a draft releases its claims; a revocation does not (ADR 0017).
 */
@Component
class NomineeClaims {

    private final JdbcClient jdbc;

    NomineeClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The nominees some decision (a draft included) already names. */
    Set<Long> claimed() {
        return Set.copyOf(jdbc.sql("select nominee_id from decision_nominee_claim")
                .query(Long.class)
                .list());
    }

    /** Claims each nominee (key) for its line (value) of the decision, in the caller's transaction. */
    void claim(long decisionId, Map<Long, Long> lineOfNominee) {
        try {
            new TreeMap<>(lineOfNominee)
                    .forEach((nominee, line) -> jdbc.sql(
                                    "insert into decision_nominee_claim (nominee_id, decision_id, recipient_id)"
                                            + " values (:n, :d, :r)")
                            .param("n", nominee)
                            .param("d", decisionId)
                            .param("r", line)
                            .update());
        } catch (DuplicateKeyException | ConcurrencyFailureException taken) {
            throw InvalidInput.of("award", "validation.decision.claimed");
        }
    }

    /** A discarded draft gives its nominees back. */
    void release(long decisionId) {
        jdbc.sql("delete from decision_nominee_claim where decision_id = :d")
                .param("d", decisionId)
                .update();
    }
}
