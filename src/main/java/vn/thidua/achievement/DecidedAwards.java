package vn.thidua.achievement;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.shared.AuditableChange;
import vn.thidua.shared.AwardsDecided;
import vn.thidua.shared.AwardsRevoked;

/**
 * A signed decision's awards enter the recipients' records in the same transaction as the signing:
 * titles for the achievement year, forms on the decision's date with their basis. Every fact is
 * audited like a hand-entered one.
 */
@Component
class DecidedAwards {

    private final RecordTables tables;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    DecidedAwards(
            RecordTables tables,
            org.springframework.jdbc.core.simple.JdbcClient jdbc,
            org.springframework.context.ApplicationEventPublisher events) {
        this.tables = tables;
        this.jdbc = jdbc;
        this.events = events;
    }

    /** A revoked award leaves the record (the audit keeps it), so eligibility chains no longer count it. */
    @EventListener
    void on(AwardsRevoked revoked) {
        for (AwardsDecided.Entry e : revoked.entries()) {
            Award award = Award.valueOf(e.award());
            boolean person = e.personId() != null;
            Long id = person ? e.personId() : e.unitId();
            if (id == null) {
                continue;
            }
            String table =
                    (person ? "achievement_" : "achievement_collective_") + (award.isTitle() ? "title" : "award");
            String column = award.isTitle() ? "title" : "form";
            int removed = jdbc.sql("delete from " + table + " where " + (person ? "person_id" : "unit_id")
                            + " = :id and " + column + " = :a and decision = :d")
                    .param("id", id)
                    .param("a", award.name())
                    .param("d", revoked.originalDecision())
                    .update();
            if (removed > 0) {
                events.publishEvent(new AuditableChange(
                        person ? "achievement" : "collective",
                        String.valueOf(id),
                        "DELETE",
                        award + " " + revoked.originalDecision(),
                        "revoked by " + revoked.revokingDecision()));
            }
        }
    }

    @EventListener
    void on(AwardsDecided decided) {
        for (AwardsDecided.Entry e : decided.entries()) {
            Award award = Award.valueOf(e.award());
            RecordTables.Subject subject =
                    e.personId() != null ? RecordTables.Subject.PERSON : RecordTables.Subject.COLLECTIVE;
            Long id = e.personId() != null ? e.personId() : e.unitId();
            if (id == null) {
                continue; // a household, or someone outside the registry: the decision itself is the record
            }
            if (award.isTitle()) {
                tables.grantTitle(subject, id, decided.achievementYear(), award, decided.decision());
            } else {
                tables.recordAward(
                        subject, id, decided.decidedOn(), award, decided.decision(), Basis.valueOf(decided.basis()));
            }
        }
    }
}
