package vn.thidua.portal;

import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.attachment.AttachmentOwner;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.AccessScope;

/**
 * Who reads and adds the files of a portal item kept in a table with a status: the editors read and
 * add them; anyone reads those of a published item (a draft's files stay the editors' business).
 */
abstract class PublishedFiles implements AttachmentOwner {

    private final String kind;
    private final String publishedQuery;
    private final JdbcClient jdbc;
    private final AccessScope scope;

    PublishedFiles(String kind, String table, JdbcClient jdbc, AccessScope scope) {
        this.kind = kind;
        this.publishedQuery = "select count(*) from " + table + " where id = :id and status = 'PUBLISHED'";
        this.jdbc = jdbc;
        this.scope = scope;
    }

    @Override
    public String kind() {
        return kind;
    }

    @Override
    public boolean mayRead(Owner owner) {
        return mayWrite(owner)
                || jdbc.sql(publishedQuery)
                                .param("id", owner.id())
                                .query(Integer.class)
                                .single()
                        > 0;
    }

    @Override
    public boolean mayWrite(Owner owner) {
        return PortalEditors.signedIn(scope);
    }
}
