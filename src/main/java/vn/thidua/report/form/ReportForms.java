package vn.thidua.report.form;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organization.AccessScope;
import vn.thidua.shared.InvalidInput;
import vn.thidua.shared.Role;

/**
 * The statistical forms and yearly tables for a period, within the account's scope: the Ban TĐKT, the
 * administrator and the province's leaders (signers, council members) see the province; a unit's officer or
 * leader sees only the figures of the unit's subtree, and not the province-only forms (0604, 0605, Biểu 05).
 */
@Service
class ReportForms {

    private static final Set<Role> READERS =
            Set.of(Role.ADMIN, Role.SPECIALIST, Role.SIGNER, Role.COUNCIL_MEMBER, Role.UNIT_OFFICER, Role.UNIT_LEADER);

    private final FormCatalogue catalogue;
    private final FormEngine engine;
    private final ReportInputs inputs;
    private final AccessScope scope;
    private final JdbcClient jdbc;

    ReportForms(FormCatalogue catalogue, FormEngine engine, ReportInputs inputs, AccessScope scope, JdbcClient jdbc) {
        this.catalogue = catalogue;
        this.engine = engine;
        this.inputs = inputs;
        this.scope = scope;
        this.jdbc = jdbc;
    }

    List<FormDefinition> forms() {
        requireReader();
        return catalogue.latest().stream()
                .filter(f -> scope.provinceWide() || !f.provinceOnly())
                .toList();
    }

    FormDefinition form(String id, Period period) {
        requireReader();
        FormDefinition f = catalogue.forPeriod(id, period).orElseThrow(() -> new FormNotFound(id));
        if (f.provinceOnly() && !scope.provinceWide()) {
            throw new AccessDeniedException("form " + id + " is the province's");
        }
        return f;
    }

    @Transactional(readOnly = true)
    FormTable compute(String id, Period period) {
        FormDefinition f = form(id, period);
        return engine.compute(f, period, units(), unitName());
    }

    /** The rows behind one figure, for the click-through list. */
    @Transactional(readOnly = true)
    List<Fact> behind(String id, Period period, String row, String column) {
        FormDefinition f = form(id, period);
        try {
            f.row(row);
            f.column(column);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("period", "validation.report.period");
        }
        return engine.behind(f, row, column, engine.factsFor(f, period, units()));
    }

    /** Saves the entered figures of a form and year; Ban TĐKT and administrator only. */
    void saveInputs(String id, int year, Map<String, Map<String, BigDecimal>> figures) {
        Role role = scope.actor().role();
        if (role != Role.SPECIALIST && role != Role.ADMIN) {
            throw new AccessDeniedException("figures are entered by the Ban TĐKT");
        }
        FormDefinition f = form(id, Period.of(Period.Kind.YEAR, year, 0, null, null));
        for (var e : figures.entrySet()) {
            f.row(e.getKey());
            for (var c : e.getValue().entrySet()) {
                if (!f.column(c.getKey()).input()) {
                    throw InvalidInput.of("input", "validation.report.input");
                }
                if (c.getValue() != null && c.getValue().signum() < 0) {
                    throw InvalidInput.of("input", "validation.report.input");
                }
            }
        }
        inputs.save(f.id(), year, figures, scope.actor().username());
    }

    Map<String, Map<String, BigDecimal>> inputs(String id, int year) {
        requireReader();
        return inputs.values(id, year);
    }

    boolean mayEnter() {
        Role role = scope.actor().role();
        return role == Role.SPECIALIST || role == Role.ADMIN;
    }

    String preparer() {
        return scope.actor().username();
    }

    private Set<Long> units() {
        if (scope.provinceWide()) {
            return null;
        }
        return new HashSet<>(scope.subtree(scope.scopeRoot()));
    }

    private String unitName() {
        Long root = scope.scopeRoot();
        if (root == null) {
            return jdbc
                    .sql("select name from organization_unit where kind = 'PROVINCE' and valid_to is null order by id")
                    .query(String.class)
                    .list()
                    .stream()
                    .findFirst()
                    .map(n -> "Ủy ban nhân dân " + n.replaceFirst("^Tỉnh", "tỉnh"))
                    .orElse("");
        }
        return jdbc.sql("select name from organization_unit where id = :id")
                .param("id", root)
                .query(String.class)
                .single();
    }

    Map<Long, String> unitNames(java.util.Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        if (ids.isEmpty()) {
            return names;
        }
        jdbc.sql("select id, name from organization_unit where id in (:ids)")
                .param("ids", List.copyOf(ids))
                .query(rs -> {
                    names.put(rs.getLong(1), rs.getString(2));
                });
        return names;
    }

    private void requireReader() {
        if (!READERS.contains(scope.actor().role())) {
            throw new AccessDeniedException("role " + scope.actor().role() + " does not read reports");
        }
    }

    /** No form of that id. */
    @org.springframework.web.bind.annotation.ResponseStatus(org.springframework.http.HttpStatus.NOT_FOUND)
    static class FormNotFound extends RuntimeException {
        FormNotFound(String id) {
            super("no form " + id);
        }
    }
}
