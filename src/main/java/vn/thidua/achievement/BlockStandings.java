package vn.thidua.achievement;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.scoring.BlockVoteRecorded;
import vn.thidua.shared.AuditableChange;

/**
 * A block's recorded vote becomes its members' block standings, in the same transaction as the vote:
 * the flag rules read them, and an earlier hand-entered standing for that year is replaced.
 */
@Component
class BlockStandings {

    private final JdbcClient jdbc;
    private final org.springframework.context.ApplicationEventPublisher events;

    BlockStandings(JdbcClient jdbc, org.springframework.context.ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @EventListener
    void on(BlockVoteRecorded vote) {
        for (BlockVoteRecorded.Standing s : vote.standings()) {
            jdbc.sql("delete from achievement_block_standing where unit_id = :u and standing_year = :y")
                    .param("u", s.unitId())
                    .param("y", vote.year())
                    .update();
            jdbc.sql("insert into achievement_block_standing (unit_id, standing_year, block_name, block_rank)"
                            + " values (:u, :y, :b, :r)")
                    .param("u", s.unitId())
                    .param("y", vote.year())
                    .param("b", vote.blockName())
                    .param("r", s.rank())
                    .update();
            events.publishEvent(AuditableChange.created(
                    "collective", s.unitId(), "standing: " + vote.year() + "=" + s.rank() + " " + vote.blockName()));
        }
    }
}
