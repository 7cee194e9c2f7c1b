package vn.thidua.identity;

import java.util.List;
import java.util.Optional;
import org.springframework.data.repository.ListCrudRepository;

/** All accounts. */
public interface Accounts extends ListCrudRepository<Account, Long> {

    Optional<Account> findByUsername(String username);

    List<Account> findAllByOrderByUsername();

    List<Account> findByDemoTrue();
}
