package vn.thidua.commendation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public-comment windows that close soon, for the daily notice to the Ban TĐKT (who answers the
 * comments before the council may vote). Reads no signed-in account: a scheduled job calls it.
 */
@Component
public class CommentWindows {

    private final JdbcClient jdbc;

    CommentWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A window still open on {@code from} that ends by {@code to}, with the comments not yet handled. */
    public record Closing(Long dossierId, String title, LocalDate endsOn, int pendingComments) {}

    @Transactional(readOnly = true)
    public List<Closing> closingBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select n.dossier_id, d.title, n.ends_on,
                  (select count(*) from commendation_comment c where c.notice_id = n.id and c.status = 'PENDING')
                from commendation_notice n join commendation_dossier d on d.id = n.dossier_id
                where n.starts_on <= :from and n.ends_on >= :from and n.ends_on <= :to
                order by n.ends_on, n.dossier_id""")
                .param("from", from)
                .param("to", to)
                .query((rs, n) ->
                        new Closing(rs.getLong(1), rs.getString(2), rs.getObject(3, LocalDate.class), rs.getInt(4)))
                .list();
    }
}
