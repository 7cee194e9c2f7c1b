package vn.thidua.movement;

import java.util.List;
import org.springframework.data.repository.ListCrudRepository;

/** Every movement of every level. */
public interface Movements extends ListCrudRepository<Movement, Long> {

    List<Movement> findByParentId(Long parentId);
}
