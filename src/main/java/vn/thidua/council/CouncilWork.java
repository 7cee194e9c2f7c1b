package vn.thidua.council;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.Actor;
import vn.thidua.shared.WorkItem;
import vn.thidua.shared.WorkItem.Kind;
import vn.thidua.shared.WorkSource;

/**
 * The council's share of the work lists, one query each: a member's open ballots and coming
 * sessions; the secretariat's (Ban TĐKT) sessions to open or close.
 */
@Component
class CouncilWork implements WorkSource {

    static final int COMING_DAYS = 30;

    private final JdbcClient jdbc;

    CouncilWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Actor actor, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        switch (actor.role()) {
            case COUNCIL_MEMBER ->
                jdbc.sql("""
                    select s.id, s.title, s.meets_on, s.status,
                      (select count(*) from council_session_roll r where r.session_id = s.id and r.member_id = m.id)
                    from council_session s join council_member m on m.council_id = s.council_id
                    where m.username = :u and s.status in ('PLANNED', 'OPEN') order by s.meets_on, s.id""")
                        .param("u", actor.username())
                        .query((rs, n) -> {
                            String link = "/council-sessions/" + rs.getLong(1);
                            LocalDate on = rs.getObject(3, LocalDate.class);
                            if ("OPEN".equals(rs.getString(4)) && rs.getInt(5) > 0) {
                                items.add(WorkItem.of(Kind.TODO, "work.council.vote", 1, link, rs.getString(2)));
                            } else if ("PLANNED".equals(rs.getString(4)) && !on.isAfter(today.plusDays(COMING_DAYS))) {
                                items.add(WorkItem.due(
                                        Kind.DEADLINE, "work.council.meeting", 1, link, on, rs.getString(2)));
                            }
                            return link;
                        })
                        .list();
            case ADMIN, SPECIALIST ->
                jdbc.sql("""
                    select id, title, meets_on, status from council_session
                    where status in ('PLANNED', 'OPEN') order by meets_on, id""")
                        .query((rs, n) -> {
                            String link = "/council-sessions/" + rs.getLong(1);
                            LocalDate on = rs.getObject(3, LocalDate.class);
                            if ("OPEN".equals(rs.getString(4))) {
                                items.add(WorkItem.of(Kind.TODO, "work.council.toClose", 1, link, rs.getString(2)));
                            } else if (!on.isAfter(today)) {
                                items.add(WorkItem.due(Kind.TODO, "work.council.toOpen", 1, link, on, rs.getString(2)));
                            } else if (!on.isAfter(today.plusDays(COMING_DAYS))) {
                                items.add(WorkItem.due(
                                        Kind.DEADLINE, "work.council.meeting", 1, link, on, rs.getString(2)));
                            }
                            return link;
                        })
                        .list();
            default -> {}
        }
        return items;
    }
}
