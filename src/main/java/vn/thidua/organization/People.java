package vn.thidua.organization;

import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** Everyone the system knows who can be nominated. */
public interface People extends ListCrudRepository<Person, Long> {

    Optional<Person> findByNationalId(String nationalId);
}
