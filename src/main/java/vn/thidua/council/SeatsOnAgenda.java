package vn.thidua.council;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.commendation.CouncilSeats;

/** Tells the commendation module which dossiers a member's councils have on their agendas. */
@Component
class SeatsOnAgenda implements CouncilSeats {

    private final JdbcClient jdbc;

    SeatsOnAgenda(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean seated(String username, Long dossierId) {
        return jdbc.sql("""
                select count(*) from council_agenda g
                join council_session s on s.id = g.session_id
                join council_member m on m.council_id = s.council_id
                where g.dossier_id = :d and m.username = :u""")
                        .param("d", dossierId)
                        .param("u", username)
                        .query(Integer.class)
                        .single()
                > 0;
    }
}
