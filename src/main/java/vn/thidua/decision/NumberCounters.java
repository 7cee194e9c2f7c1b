package vn.thidua.decision;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes sure an issuer's counter for a year exists, in a transaction of its own: when two issues
 * race to create it, one insert fails alone (PostgreSQL would otherwise abort the caller's
 * transaction), and both then count on the same row.
 */
@Component
class NumberCounters {

    private final JdbcClient jdbc;

    NumberCounters(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void ensure(Long issuerUnitId, int year) {
        boolean present =
                jdbc.sql("select count(*) from decision_counter where issuer_unit_id = :i and decision_year = :y")
                                .param("i", issuerUnitId)
                                .param("y", year)
                                .query(Integer.class)
                                .single()
                        > 0;
        if (present) {
            return;
        }
        try {
            jdbc.sql("insert into decision_counter (issuer_unit_id, decision_year, last_number) values (:i, :y, 0)")
                    .param("i", issuerUnitId)
                    .param("y", year)
                    .update();
        } catch (DuplicateKeyException someoneElseFirst) {
            // created by a concurrent issue: nothing to do
        }
    }
}
