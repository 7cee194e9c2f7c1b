package vn.thidua.identity;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.Role;

/**
 * Who to tell about work: the enabled officer and leader accounts scoped to a unit, the accounts of a
 * role (the Ban TĐKT, signers), or named accounts. None of these reads the signed-in account: event
 * listeners call them.
 */
@Component
public class AccountDirectory {

    private static final String COLUMNS = "select username, display_name, email from identity_account";

    private final JdbcClient jdbc;

    AccountDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An account to notify, with its e-mail address when it has one. */
    public record Recipient(String username, String displayName, String email) {}

    @Transactional(readOnly = true)
    public List<Recipient> unitContacts(Long unitId) {
        return jdbc.sql(COLUMNS + " where enabled = true and scope_unit_id = :u"
                        + " and role in ('UNIT_OFFICER', 'UNIT_LEADER') order by username")
                .param("u", unitId)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The enabled accounts scoped to any of these units with one of these roles, in one query. */
    @Transactional(readOnly = true)
    public List<Recipient> inUnits(Collection<Long> unitIds, Role... roles) {
        if (unitIds.isEmpty() || roles.length == 0) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where enabled = true and scope_unit_id in (:units) and role in (:roles)"
                        + " order by username")
                .param("units", unitIds)
                .param("roles", Arrays.stream(roles).map(Enum::name).toList())
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** The enabled accounts holding one of these roles, whatever their scope. */
    @Transactional(readOnly = true)
    public List<Recipient> withRole(Role... roles) {
        return jdbc.sql(COLUMNS + " where enabled = true and role in (:roles) order by username")
                .param("roles", Arrays.stream(roles).map(Enum::name).toList())
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }

    /** These accounts, when enabled (an event names who prepared a draft or sits on a council). */
    @Transactional(readOnly = true)
    public List<Recipient> named(Collection<String> usernames) {
        if (usernames.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(COLUMNS + " where enabled = true and username in (:names) order by username")
                .param("names", usernames)
                .query((rs, n) -> new Recipient(rs.getString(1), rs.getString(2), rs.getString(3)))
                .list();
    }
}
