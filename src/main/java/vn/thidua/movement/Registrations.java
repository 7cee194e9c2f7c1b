package vn.thidua.movement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Every unit's registration for every movement. */
public interface Registrations extends ListCrudRepository<Registration, Long> {

    Optional<Registration> findByMovementIdAndUnitId(Long movementId, Long unitId);

    List<Registration> findByMovementId(Long movementId);

    List<Registration> findByUnitId(Long unitId);

    List<Registration> findByMovementIdIn(java.util.Collection<Long> movementIds);
}
