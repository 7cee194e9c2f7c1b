package vn.thidua.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** All units of the province. */
public interface Units extends ListCrudRepository<Unit, Long> {

    Optional<Unit> findByCode(String code);

    /** The unit of that exact name in force today (no end date). */
    Optional<Unit> findFirstByNameAndValidToIsNullOrderById(String name);

    List<Unit> findByParentIdOrderByName(Long parentId);

    List<Unit> findByParentIdIsNullOrderByName();
}
