package vn.thidua.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.Actor;
import vn.thidua.shared.WorkItem;
import vn.thidua.shared.WorkItem.Kind;
import vn.thidua.shared.WorkSource;

/** The decisions' share of the work lists, one grouped query: drafts to issue, issued ones to sign. */
@Component
class DecisionWork implements WorkSource {

    private final JdbcClient jdbc;

    DecisionWork(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public List<WorkItem> workFor(Actor actor, LocalDate today) {
        List<WorkItem> items = new ArrayList<>();
        switch (actor.role()) {
            case SIGNER -> {
                int toSign = counts().getOrDefault("ISSUED", 0);
                if (toSign > 0) {
                    items.add(WorkItem.of(Kind.TODO, "work.decision.toSign", toSign, "/decisions?status=ISSUED"));
                }
            }
            case ADMIN, SPECIALIST -> {
                Map<String, Integer> counts = counts();
                if (counts.getOrDefault("DRAFT", 0) > 0) {
                    items.add(WorkItem.of(
                            Kind.TODO, "work.decision.drafts", counts.get("DRAFT"), "/decisions?status=DRAFT"));
                }
                if (counts.getOrDefault("ISSUED", 0) > 0) {
                    items.add(WorkItem.of(
                            Kind.WAITING,
                            "work.decision.withSigner",
                            counts.get("ISSUED"),
                            "/decisions?status=ISSUED"));
                }
            }
            default -> {}
        }
        return items;
    }

    private Map<String, Integer> counts() {
        Map<String, Integer> counts = new HashMap<>();
        jdbc.sql("select status, count(*) from decision_decision where status in ('DRAFT', 'ISSUED') group by status")
                .query((rs, n) -> counts.put(rs.getString(1), rs.getInt(2)))
                .list();
        return counts;
    }
}
