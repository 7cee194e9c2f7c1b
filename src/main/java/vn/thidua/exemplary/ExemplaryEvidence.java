package vn.thidua.exemplary;

import org.springframework.stereotype.Component;
import vn.thidua.attachment.AttachmentOwner;
import vn.thidua.attachment.Owner;
import vn.thidua.organization.AccessScope;

/** Evidence files of an example: read and added by those who keep its unit's register. */
@Component
class ExemplaryEvidence implements AttachmentOwner {

    static final String KIND = "exemplary";

    private final AccessScope scope;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;

    ExemplaryEvidence(AccessScope scope, org.springframework.jdbc.core.simple.JdbcClient jdbc) {
        this.scope = scope;
        this.jdbc = jdbc;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public boolean mayRead(Owner owner) {
        return scope.keepsRecords() && covers(owner);
    }

    @Override
    public boolean mayWrite(Owner owner) {
        return scope.keepsRecords() && covers(owner);
    }

    private boolean covers(Owner owner) {
        return jdbc.sql("select unit_id from exemplary_example where id = :id")
                .param("id", owner.id())
                .query(Long.class)
                .optional()
                .map(scope::covers)
                .orElse(false);
    }
}
