package vn.thidua.shared;

import java.time.LocalDate;
import java.util.List;

/**
 * A module's share of a role's work list. Each module that owns work implements it over its own
 * tables, with a fixed handful of queries per call (no query per item), scoped to the actor's unit.
 */
public interface WorkSource {

    List<WorkItem> workFor(Actor actor, LocalDate today);
}
