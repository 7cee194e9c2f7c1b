package vn.thidua.identity;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Who to tell about a unit's work: the enabled officer and leader accounts scoped to that unit. */
@Component
public class AccountDirectory {

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account to notify, with its e-mail address when it has one. */
    public record Recipient(String username, String displayName, String email) {}

    @Transactional(readOnly = true)
    public List<Recipient> unitContacts(Long unitId) {
        return jdbc.sql("""
                select username, display_name, email from identity_account
                where enabled = true and scope_unit_id = :u and role in ('UNIT_OFFICER', 'UNIT_LEADER')
                order by username""")
                .param("u", unitId)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
