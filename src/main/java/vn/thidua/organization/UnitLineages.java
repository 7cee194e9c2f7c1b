package vn.thidua.organization;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** The links of mergers and splits between units. */
public interface UnitLineages extends ListCrudRepository<UnitLineage, Long> {

    List<UnitLineage> findBySuccessorId(Long successorId);

    List<UnitLineage> findByPredecessorId(Long predecessorId);
}
